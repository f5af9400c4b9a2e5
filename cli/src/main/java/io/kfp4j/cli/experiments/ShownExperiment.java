package io.kfp4j.cli.experiments;

import io.kfp4j.sdk.client.Experiment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An experiment as the tables show it, from either API's answer: v1beta1's {@code name}, {@code storage_state}
 * {@code STORAGESTATE_AVAILABLE} and namespace reference are v2beta1's {@code display_name}, {@code storage_state}
 * {@code AVAILABLE} and {@code namespace}.
 *
 * @param state {@code available} or {@code archived}
 * @param references each reference's type in lower case ({@code namespace}) and id
 */
record ShownExperiment(String id, String name, String description, String createdAt, String state,
    List<Map.Entry<String, String>> references) {
  /** The list's column headers, for {@link #row()}. */
  static final String[] HEADERS = {"ID", "NAME", "CREATED", "STATE"};

  static ShownExperiment of(Experiment e) {
    List<Map.Entry<String, String>> refs = e.resourceReferences() == null ? List.of()
        : e.resourceReferences().stream().map(r -> Map.entry(r.key().type().toLowerCase(Locale.ROOT), r.key().id()))
            .toList();
    return new ShownExperiment(e.id(), e.name(), e.description(), e.createdAt(), state(e.storageState()), refs);
  }

  static ShownExperiment of(io.kfp4j.sdk.client.v2.Experiment e) {
    List<Map.Entry<String, String>> refs = e.namespace() == null || e.namespace().isEmpty() ? List.of()
        : List.of(Map.entry("namespace", e.namespace()));
    return new ShownExperiment(e.experimentId(), e.displayName(), e.description(), e.createdAt(),
        state(e.storageState()), refs);
  }

  /** The list's row: id, name, created, state. */
  String[] row() {
    return new String[] {id, name, createdAt, state};
  }

  /** The table of one experiment. */
  void print(PrintWriter out) {
    out.println("experiment " + id + "  " + name);
    if (description != null && !description.isEmpty()) {
      out.println("  description: " + description);
    }
    out.println("  created:     " + createdAt);
    out.println("  state:       " + state);
    references.forEach(r -> out.println("  " + r.getKey() + ":   " + r.getValue()));
  }

  /** {@code STORAGESTATE_ARCHIVED} (v1beta1) and {@code ARCHIVED} (v2beta1) as {@code archived}. */
  private static String state(String storageState) {
    return storageState == null ? null
        : storageState.replace("STORAGESTATE_", "").toLowerCase(Locale.ROOT);
  }
}

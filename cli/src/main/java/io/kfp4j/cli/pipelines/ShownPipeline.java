package io.kfp4j.cli.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.client.Pipeline;
import io.kfp4j.sdk.client.v2.PipelineVersion;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An uploaded pipeline as the tables show it, from either API's answer. v2beta1's fields map to v1beta1's lines:
 * {@code display_name} is the name, the newest version its default version, and the parameters with their defaults
 * are those the version's pipeline spec declares on its root ({@code root.inputDefinitions.parameters}).
 *
 * @param versionId the default (v1beta1) or newest (v2beta1) version's id, or {@code null} for none
 * @param parameters each parameter's default as text, or {@code null} for none, in the server's order
 * @param error why the server could not read it, or {@code null}
 */
record ShownPipeline(String id, String name, String description, String createdAt, String versionId,
    String versionName, Map<String, String> parameters, String error) {
  /** The list's column headers, for {@link #row()}. */
  static final String[] HEADERS = {"ID", "NAME", "CREATED", "DESCRIPTION"};

  static ShownPipeline of(Pipeline p) {
    Map<String, String> params = new LinkedHashMap<>();
    if (p.parameters() != null) {
      p.parameters().forEach(param -> params.put(param.name(), param.value()));
    }
    return new ShownPipeline(p.id(), p.name(), p.description(), p.createdAt(),
        p.defaultVersion() == null ? null : p.defaultVersion().id(),
        p.defaultVersion() == null ? null : p.defaultVersion().name(), params,
        p.error() == null || p.error().isEmpty() ? null : p.error());
  }

  /** A v2beta1 pipeline, with its newest version when it has one ({@code null} for a list's row). */
  static ShownPipeline of(io.kfp4j.sdk.client.v2.Pipeline p, PipelineVersion latest) {
    Map<String, String> params = new LinkedHashMap<>();
    if (latest != null && latest.pipelineSpec() != null) {
      JsonNode spec = latest.pipelineSpec().has("pipeline_spec") ? latest.pipelineSpec().get("pipeline_spec")
          : latest.pipelineSpec();
      spec.path("root").path("inputDefinitions").path("parameters").fields().forEachRemaining(e -> params.put(
          e.getKey(), e.getValue().has("defaultValue") ? text(e.getValue().get("defaultValue")) : null));
    }
    String error = p.error() == null || p.error().message() == null || p.error().message().isEmpty() ? null
        : p.error().message();
    return new ShownPipeline(p.pipelineId(), p.displayName() != null ? p.displayName() : p.name(), p.description(),
        p.createdAt(), latest == null ? null : latest.pipelineVersionId(),
        latest == null ? null : latest.displayName(), params, error);
  }

  /** The list's row: id, name, created, description. */
  String[] row() {
    return new String[] {id, name, createdAt, description};
  }

  /** The table of one pipeline. */
  void print(PrintWriter out) {
    out.println("pipeline " + id + "  " + name);
    if (description != null && !description.isEmpty()) {
      out.println("  description: " + description);
    }
    out.println("  created:     " + createdAt);
    if (versionId != null) {
      out.println("  version:     " + versionId + "  " + versionName);
    }
    parameters.forEach((k, v) -> out.println("  param " + k + (v == null ? "" : " = " + v)));
    if (error != null) {
      out.println("  error:       " + error);
    }
  }

  /** A default value as text: a string as it is, anything else as JSON. */
  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}

package io.kfp4j.tooling.pipelines;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The content of a pipeline index resource ({@code META-INF/kfp4j/pipelines/<key>}): one pipeline per line, the
 * generated class's binary name, then {@code Owner#method} of its {@code @Pipeline} method (older indexes hold the
 * class only).
 */
final class IndexLines {
  private IndexLines() {}

  /**
   * Adds the pipelines of one index resource, unless their class is there already: one per line, {@code <class>
   * [<Owner>#<method>]}; an empty resource gives one entry without a class, which lookups report.
   */
  static void add(String key, byte[] content, String location, Map<String, PipelineClasspath.IndexEntry> found) {
    List<String> lines = new String(content, StandardCharsets.UTF_8).lines().map(String::strip)
        .filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      found.putIfAbsent(key + " ", new PipelineClasspath.IndexEntry(key, "", "", location));
    }
    for (String line : lines) {
      String[] words = line.split("\\s+");
      String method = words.length > 1 ? words[1] : "";
      found.putIfAbsent(key + " " + words[0], new PipelineClasspath.IndexEntry(key, words[0], method, location));
    }
  }

  /** The entries sorted by key, then class. */
  static List<PipelineClasspath.IndexEntry> sorted(Map<String, PipelineClasspath.IndexEntry> found) {
    return found.values().stream()
        .sorted(Comparator.comparing(PipelineClasspath.IndexEntry::key)
            .thenComparing(PipelineClasspath.IndexEntry::className)).toList();
  }
}

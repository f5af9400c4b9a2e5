package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * KFP's golden workflows: loads them, takes components from their {@code component_spec} annotations, and compares
 * a compiled pipeline with one as parsed data without metadata, as KFP's own compiler tests do.
 */
final class Goldens {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05.123456Z"), ZoneOffset.UTC);

  private Goldens() {}

  /** A golden as parsed YAML. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> load(String relative) {
    try {
      return (Map<String, Object>) new Yaml(new LoaderOptions()).load(Files.readString(Reference.file(relative)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The component of a golden's container template, from its {@code component_spec} annotation. */
  @SuppressWarnings("unchecked")
  static ComponentDefinition component(Map<String, Object> golden, String template) {
    for (Object t : (List<Object>) ((Map<String, Object>) golden.get("spec")).get("templates")) {
      Map<String, Object> map = (Map<String, Object>) t;
      if (template.equals(map.get("name"))) {
        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) map.get("metadata")).get("annotations");
        return ComponentDefinition.fromText((String) Objects.requireNonNull(
            annotations.get("pipelines.kubeflow.org/component_spec"), "no component_spec on " + template));
      }
    }
    throw new IllegalArgumentException("no template " + template);
  }

  /** Compiles with a fixed clock, writes YAML, reads it back, and checks it against Argo's schema. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> compileChecked(PipelineGraph graph) {
    Map<String, Object> tree = Compiler.withClock(FIXED).workflow(graph);
    Map<String, Object> parsed = (Map<String, Object>) new Yaml(new LoaderOptions()).load(WorkflowWriter.toYaml(tree));
    WorkflowSchema.check(parsed);
    return parsed;
  }

  /** Fails with the differing paths unless the compiled pipeline equals the golden without metadata. */
  static void assertMatches(String relative, PipelineGraph graph) {
    Map<String, Object> expected = withoutMetadata(load(relative));
    Map<String, Object> actual = withoutMetadata(compileChecked(graph));
    List<String> differences = new ArrayList<>();
    diff("", expected, actual, differences);
    if (!differences.isEmpty()) {
      fail(relative + " differs:\n  " + String.join("\n  ", differences.subList(0, Math.min(40, differences.size()))));
    }
  }

  /** The differences of two golden comparisons, for reports. */
  static List<String> differences(String relative, PipelineGraph graph) {
    List<String> differences = new ArrayList<>();
    diff("", withoutMetadata(load(relative)), withoutMetadata(compileChecked(graph)), differences);
    return differences;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> withoutMetadata(Map<String, Object> workflow) {
    Map<String, Object> copy = new LinkedHashMap<>(workflow);
    copy.remove("metadata");
    Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) copy.get("spec"));
    List<Object> templates = new ArrayList<>();
    for (Object t : (List<Object>) spec.get("templates")) {
      Map<String, Object> template = new LinkedHashMap<>((Map<String, Object>) t);
      template.remove("metadata");
      templates.add(template);
    }
    spec.put("templates", templates);
    copy.put("spec", spec);
    return copy;
  }

  private static void diff(String path, Object expected, Object actual, List<String> out) {
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      for (Object key : e.keySet()) {
        if (!a.containsKey(key)) {
          out.add(path + "/" + key + ": missing, expected " + e.get(key));
        } else {
          diff(path + "/" + key, e.get(key), a.get(key), out);
        }
      }
      for (Object key : a.keySet()) {
        if (!e.containsKey(key)) {
          out.add(path + "/" + key + ": unexpected " + a.get(key));
        }
      }
    } else if (expected instanceof List<?> e && actual instanceof List<?> a && e.size() == a.size()) {
      for (int i = 0; i < e.size(); i++) {
        Object item = e.get(i);
        String label = item instanceof Map<?, ?> m && m.get("name") != null ? "[" + m.get("name") + "]" : "[" + i + "]";
        diff(path + label, item, a.get(i), out);
      }
    } else if (!Objects.equals(expected, actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }
}

package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.V2Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Every container component in KFP's v2 goldens, cut out as a component file of its own (as KFP 2 compiles a
 * component alone), loads strictly; those that kfp4j cannot map are refused for a reason it names.
 */
class V2GoldenSweepTest {
  /** What kfp4j refuses in the goldens, each with the text its message holds. */
  private static final List<String> KNOWN_REFUSALS = List.of(
      "a list of artifacts cannot be passed by the v1 toolchain",
      "unknown parameterType \"TASK_FINAL_STATUS\"",
      "unknown parameterType \"TASK_CONFIG\"");

  @Test
  void everyComponentOfEveryGoldenLoadsOrIsRefusedForANamedReason() {
    int loaded = 0;
    int runnable = 0;
    Map<String, Integer> refused = new TreeMap<>();
    List<String> unexpected = new ArrayList<>();
    for (Path golden : goldens()) {
      Map<String, Object> pipeline = first(golden);
      if (pipeline == null || !(pipeline.get("deploymentSpec") instanceof Map<?, ?> deployment)) {
        continue;
      }
      Map<?, ?> executors = (Map<?, ?>) deployment.get("executors");
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) pipeline.get("components")).entrySet()) {
        Map<?, ?> component = (Map<?, ?>) entry.getValue();
        Object label = component.get("executorLabel");
        if (label == null || !(((Map<?, ?>) executors.get(label)).containsKey("container"))) {
          continue; // DAGs and importers are not component files
        }
        String text = single((String) entry.getKey(), component, (String) label, executors.get(label), pipeline);
        String where = golden.getFileName() + " " + entry.getKey();
        try {
          ComponentSpec spec = ComponentLoader.standard().strict().fromText(text).spec();
          assertEquals(((String) entry.getKey()).substring(5), spec.name(), where);
          loaded++;
          runnable += V2Usage.find(spec).isEmpty() ? 1 : 0;
        } catch (InvalidSpecException e) {
          String reason = KNOWN_REFUSALS.stream().filter(r -> e.getMessage().contains(r)).findFirst().orElse(null);
          if (reason == null) {
            unexpected.add(where + ": " + e.getMessage());
          } else {
            refused.merge(reason, 1, Integer::sum);
          }
        }
      }
    }
    if (!unexpected.isEmpty()) {
      fail(unexpected.size() + " components refused for no known reason:\n" + String.join("\n", unexpected));
    }
    // the reference goldens are fixed: 338 container components load, 51 of them without v2-only placeholders
    assertEquals(338, loaded, "loaded");
    assertEquals(51, runnable, "runnable by the v1 toolchain");
    assertEquals(Map.of(KNOWN_REFUSALS.get(0), 8, KNOWN_REFUSALS.get(1), 4), refused);
  }

  private static List<Path> goldens() {
    Path root = Reference.file("kfp-v2/goldens");
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Path golden) {
    try {
      for (Object document : new Yaml().loadAll(Files.readString(golden))) {
        return document instanceof Map<?, ?> ? (Map<String, Object>) document : null;
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The component alone: itself, its executor, and a root DAG of one task running it. */
  private static String single(String key, Map<?, ?> component, String label, Object executor,
      Map<String, Object> pipeline) {
    String name = key.substring("comp-".length());
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("componentRef", Map.of("name", key));
    task.put("taskInfo", Map.of("name", name));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("dag", Map.of("tasks", Map.of(name, task)));
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("components", Map.of(key, component));
    file.put("deploymentSpec", Map.of("executors", Map.of(label, executor)));
    file.put("pipelineInfo", Map.of("name", name));
    file.put("root", root);
    file.put("schemaVersion", pipeline.get("schemaVersion"));
    file.put("sdkVersion", pipeline.get("sdkVersion"));
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    return new Yaml(options).dump(file);
  }
}

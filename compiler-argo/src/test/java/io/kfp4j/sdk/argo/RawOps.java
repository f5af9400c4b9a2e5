package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ComponentDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Components standing in for KFP's raw {@code dsl.ContainerOp}s of the compiler goldens: each {@code ${x}} in an
 * argument becomes input {@code x} read by value, each file output an output with a fixed path. Compiled, they give
 * the same container templates as the raw ops (template metadata aside).
 */
final class RawOps {
  private static final Pattern TOKEN = Pattern.compile("\\$\\{([^}]+)}");

  private RawOps() {}

  static ComponentDefinition op(String name, String image, List<String> command, List<String> args,
      Map<String, String> fileOutputs) {
    Set<String> inputs = new LinkedHashSet<>();
    List<Object> specArgs = new ArrayList<>();
    for (String arg : args) {
      List<Object> parts = new ArrayList<>();
      Matcher m = TOKEN.matcher(arg);
      int at = 0;
      while (m.find()) {
        if (m.start() > at) {
          parts.add(arg.substring(at, m.start()));
        }
        inputs.add(m.group(1));
        parts.add(Map.of("inputValue", m.group(1)));
        at = m.end();
      }
      if (at < arg.length()) {
        parts.add(arg.substring(at));
      }
      specArgs.add(parts.size() == 1 ? parts.get(0) : Map.of("concat", parts));
    }
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("image", image);
    container.put("command", command);
    container.put("args", specArgs);
    if (!fileOutputs.isEmpty()) {
      container.put("fileOutputs", fileOutputs);
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", name);
    spec.put("inputs", inputs.stream().map(i -> Map.of("name", i)).toList());
    spec.put("outputs", fileOutputs.keySet().stream().map(o -> Map.of("name", o)).toList());
    spec.put("implementation", Map.of("container", container));
    return ComponentDefinition.fromText(PythonJson.dumps(spec));
  }

  /** A shell op: {@code sh -c <script>}. */
  static ComponentDefinition sh(String name, String image, String script, Map<String, String> fileOutputs) {
    return op(name, image, List.of("sh", "-c"), List.of(script), fileOutputs);
  }
}

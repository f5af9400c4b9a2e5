package io.kfp4j.sdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** A {@link ResourceOp}'s manifest given as YAML text, with {@code ${key}} placeholders replaced by sources. */
final class ManifestYaml {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

  private ManifestYaml() {}

  /**
   * The YAML's mapping with each placeholder replaced.
   *
   * @param fail makes the error of a field and a problem
   */
  static Map<?, ?> parse(String yaml, Map<String, ? extends Source<?>> values,
      BiFunction<String, String, PipelineBuildException> fail) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw fail.apply("manifest", "not valid YAML: " + e.getMessage().replace('\n', ' ')
          + "; give the Kubernetes object as YAML text");
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw fail.apply("manifest", "the YAML is " + (root == null ? "empty" : "not a mapping")
          + "; give a Kubernetes object (apiVersion, kind, metadata, ...)");
    }
    return (Map<?, ?>) replace(map, values, fail);
  }

  private static Object replace(Object node, Map<String, ? extends Source<?>> values,
      BiFunction<String, String, PipelineBuildException> fail) {
    if (node instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(k, replace(v, values, fail)));
      return out;
    }
    if (node instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(replace(v, values, fail)));
      return out;
    }
    if (!(node instanceof String text)) {
      return node;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    List<Object> parts = new ArrayList<>();
    int at = 0;
    while (m.find()) {
      Source<?> source = values.get(m.group(1));
      if (source == null) {
        throw fail.apply("manifest", "the placeholder ${" + m.group(1) + "} has no value; give it in the map of"
            + " values" + (values.isEmpty() ? "" : " (which has " + new TreeSet<>(values.keySet()) + ")"));
      }
      if (m.start() > at) {
        parts.add(text.substring(at, m.start()));
      }
      parts.add(source);
      at = m.end();
    }
    if (parts.isEmpty()) {
      return text;
    }
    if (at < text.length()) {
      parts.add(text.substring(at));
    }
    return parts.size() == 1 ? parts.get(0) : new Formatted(parts);
  }
}

package io.kfp4j.sdk.argo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small operations on workflow trees of maps, lists and scalars. */
final class Trees {
  private Trees() {}

  /** A deep copy made of {@link LinkedHashMap}s and {@link ArrayList}s, order kept. */
  @SuppressWarnings("unchecked")
  static <T> T mutableCopy(T tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), mutableCopy(v)));
      return (T) copy;
    }
    if (tree instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(mutableCopy(v)));
      return (T) copy;
    }
    return tree;
  }

  /** The map under a key, or an empty map (not attached) when there is none. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value instanceof Map<?, ?> ? (Map<String, Object>) value : new LinkedHashMap<>();
  }

  /** The map under a key, created (and attached) when there is none. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
  }

  /** The list under a key, created (and attached) when there is none. */
  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> parent, String key) {
    return (List<Object>) parent.computeIfAbsent(key, k -> new ArrayList<>());
  }

  /** The maps of a list (nothing when it is absent). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object list) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (list instanceof List<?> l) {
      l.forEach(item -> out.add((Map<String, Object>) item));
    }
    return out;
  }

  /** Removes empty {@code parameters}/{@code artifacts} and then empty {@code inputs}, {@code outputs} and task
   * {@code arguments}, as KFP's clean-up does. */
  static void dropEmptySections(List<Map<String, Object>> templates) {
    for (Map<String, Object> template : templates) {
      dropEmpty(template, "inputs");
      dropEmpty(template, "outputs");
      if (template.get("dag") instanceof Map<?, ?>) {
        for (Map<String, Object> task : maps(map(template, "dag").get("tasks"))) {
          dropEmpty(task, "arguments");
        }
      }
    }
  }

  private static void dropEmpty(Map<String, Object> parent, String key) {
    if (!(parent.get(key) instanceof Map<?, ?>)) {
      parent.remove(key);
      return;
    }
    Map<String, Object> section = map(parent, key);
    for (String part : List.of("parameters", "artifacts")) {
      if (section.get(part) instanceof List<?> l && l.isEmpty()) {
        section.remove(part);
      }
    }
    if (section.isEmpty()) {
      parent.remove(key);
    }
  }
}

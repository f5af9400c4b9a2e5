package io.kfp4j.runtime.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Unmodifiable copies that keep insertion order and allow {@code null} values, as YAML trees need. */
final class Frozen {
  private Frozen() {}

  static <T> List<T> list(List<T> items) {
    return items == null || items.isEmpty() ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
  }

  static <V> Map<String, V> map(Map<String, V> entries) {
    return entries == null || entries.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** Deep-freezes a YAML tree made of maps, lists and scalars. */
  @SuppressWarnings("unchecked")
  static Object tree(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), tree(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(tree(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> treeMap(Map<String, ?> value) {
    return value == null || value.isEmpty() ? Map.of() : (Map<String, Object>) tree(value);
  }
}

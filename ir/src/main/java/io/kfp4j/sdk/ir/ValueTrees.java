package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.SettingValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Unmodifiable copies of the JSON-like trees the IR holds (a resource's manifest, an importer's metadata): maps, lists
 * and leaves, each key and leaf checked by the tree's own rule.
 *
 * @param key whether a map key is allowed
 * @param leaf whether a leaf is allowed
 * @param badKey the message for a key not allowed, from its path and the key
 * @param badLeaf the message for a leaf not allowed, from its path and the leaf
 */
record ValueTrees(Predicate<Object> key, Predicate<Object> leaf, BiFunction<String, Object, String> badKey,
    BiFunction<String, Object, String> badLeaf) {

  /** The run-time values a tree reads ({@link SettingValue} references) in tree order, a map's key before its value. */
  static List<ArgumentValue> references(Object tree) {
    List<ArgumentValue> refs = new ArrayList<>();
    collect(tree, refs);
    return refs;
  }

  private static void collect(Object node, List<ArgumentValue> refs) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, refs);
        collect(v, refs);
      });
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collect(v, refs));
    } else if (node instanceof SettingValue value) {
      value.reference().ifPresent(refs::add);
    }
  }

  /** A checked copy of a map; {@code path} is where it is ({@code ""} for the root, {@code .a.b} below). */
  Map<Object, Object> copyMap(Map<?, ?> map, String path) {
    Map<Object, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (!key.test(k)) {
        throw new IllegalArgumentException(badKey.apply(path, k));
      }
      copy.put(k, copyNode(v, path + "." + k));
    });
    return Collections.unmodifiableMap(copy);
  }

  private Object copyNode(Object node, String path) {
    if (node instanceof Map<?, ?> map) {
      return copyMap(map, path);
    }
    if (node instanceof List<?> list) {
      List<Object> copy = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        copy.add(copyNode(list.get(i), path + "[" + i + "]"));
      }
      return Collections.unmodifiableList(copy);
    }
    if (!leaf.test(node)) {
      throw new IllegalArgumentException(badLeaf.apply(path, node));
    }
    return node;
  }

  /**
   * Whether a leaf is text, a boolean or a number as the IR's trees hold them ({@code Integer}, {@code Long},
   * {@code Double}).
   */
  static boolean plain(Object leaf) {
    return leaf instanceof String || leaf instanceof Boolean || leaf instanceof Integer || leaf instanceof Long
        || leaf instanceof Double;
  }

  /** {@code null}, or {@code a <simple class name>}, for messages. */
  static String describe(Object value) {
    return value == null ? "null" : "a " + value.getClass().getSimpleName();
  }
}

package io.kfp4j.sdk.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Unmodifiable map copies that keep the order entries were given in, so compiled output is the same every run. */
final class OrderedMaps {
  private OrderedMaps() {}

  /** A copy in the given order; no null keys or values. */
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value of " + k)));
    return Collections.unmodifiableMap(copy);
  }
}

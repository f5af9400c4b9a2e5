package io.kfp4j.sdk.client.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's parameter values as a v2 run's {@code runtime_config.parameters} holds them: protobuf {@code Value}s in
 * JSON. Numbers stay numbers ({@code 7}, {@code 7.5}), booleans booleans, text strings; lists and maps become JSON
 * arrays and objects of such values; {@code null} is protobuf's {@code null_value}. Unlike v1, nothing is turned into Python text.
 */
public final class ParameterValues {
  private ParameterValues() {}

  /**
   * The values, checked and copied in their order into an unmodifiable map.
   *
   * @throws IllegalArgumentException naming the parameter for a number JSON cannot hold (NaN,
   *     infinity) or a value of another type
   */
  public static Map<String, Object> of(Map<String, ?> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(name, value(name, value)));
    return Collections.unmodifiableMap(out);
  }

  private static Object value(String where, Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("parameter " + where + ": " + value + " is not a number JSON can hold;"
            + " give a finite number");
      }
      return value;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(value(where + "[" + i + "]", list.get(i)));
      }
      return Collections.unmodifiableList(items);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> fields = new LinkedHashMap<>();
      map.forEach((k, v) -> fields.put(String.valueOf(k), value(where + "." + k, v)));
      return Collections.unmodifiableMap(fields);
    }
    throw new IllegalArgumentException("parameter " + where + ": a " + value.getClass().getName() + " is not a pipeline parameter value; give a number, a boolean, a"
        + " string, or a list or map of those");
  }
}

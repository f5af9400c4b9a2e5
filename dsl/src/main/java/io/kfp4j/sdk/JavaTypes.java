package io.kfp4j.sdk;

import java.util.List;
import java.util.Map;

/** The KFP type of a Java type, as the processor maps method parameters. */
final class JavaTypes {
  private JavaTypes() {}

  /** The {@code KFP_TYPE} constant of a generated marker type ({@code io.kfp4j.types.CSV}), else untyped. */
  private static String markerType(Class<?> type) {
    try {
      return type.getField("KFP_TYPE").get(null) instanceof String name ? name : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /** {@code Double} is {@code Float}, {@code Long} is {@code Integer}, ...; {@code null} for others (untyped). */
  static String kfpType(Class<?> type) {
    if (type == String.class) {
      return "String";
    }
    if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
      return "Integer";
    }
    if (type == Double.class || type == Float.class || type == double.class || type == float.class) {
      return "Float";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "Boolean";
    }
    if (List.class.isAssignableFrom(type)) {
      return "JsonArray";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "JsonObject";
    }
    if (TypedText.class.isAssignableFrom(type)) {
      return markerType(type);
    }
    return null;
  }
}

package io.kfp4j.runtime.types;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A KFP JSON type: values written with {@link PythonJson#dumps} (Python's {@code json.dumps(v, sort_keys=True)}) and
 * read with {@link PythonJson#loads}, which must give the {@link Shape} the type requires. Construct one for a
 * custom JSON type, e.g. {@code new JsonType("Config", Set.of(), JsonType.Shape.OBJECT)}.
 *
 * @param name canonical type name
 * @param aliases other names of the type
 * @param shape what the text must parse to
 */
public record JsonType(String name, Set<String> aliases, Shape shape) implements KfpType {
  /** KFP {@code JsonArray} ({@code List}, {@code list}): reads to a List. */
  public static final JsonType JSON_ARRAY = new JsonType("JsonArray", Set.of("List", "list"), Shape.ARRAY);
  /** KFP {@code JsonObject} ({@code Dictionary}, {@code Dict}, {@code dict}): reads to a Map. */
  public static final JsonType JSON_OBJECT =
      new JsonType("JsonObject", Set.of("Dictionary", "Dict", "dict"), Shape.OBJECT);
  /** KFP {@code Json}: reads to any JSON value. */
  public static final JsonType JSON = new JsonType("Json", Set.of(), Shape.ANY);

  /** What a JSON type's text must parse to. */
  public enum Shape {
    /** Any JSON value. */
    ANY,
    /** A JSON array, read as a List. */
    ARRAY,
    /** A JSON object, read as a Map. */
    OBJECT
  }

  /** Validates the name and copies the aliases. */
  public JsonType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A KFP type needs a non-blank name");
    }
    aliases = Set.copyOf(aliases);
    Objects.requireNonNull(shape, "shape");
  }

  /**
   * A String passes through; anything else goes through {@link PythonJson#dumps}, whatever its shape, as KFP does.
   */
  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    try {
      return PythonJson.dumps(value);
    } catch (IllegalArgumentException e) {
      throw TypeConversionException.serializing(value, name, e.getMessage() + "; expected a Map, List, array,"
          + " Number, Boolean, null, record or other Jackson-serializable object, or a String already serialized", e);
    }
  }

  @Override
  public Object deserialize(String text) {
    Object value;
    try {
      value = PythonJson.loads(text);
    } catch (IllegalArgumentException e) {
      throw TypeConversionException.deserializing(text, name, e.getMessage(), e);
    }
    if ((shape == Shape.ARRAY && !(value instanceof List)) || (shape == Shape.OBJECT && !(value instanceof Map))) {
      throw TypeConversionException.deserializing(text, name, "it is " + kind(value) + ", expected "
          + (shape == Shape.ARRAY ? "a JSON array such as [1, 2]" : "a JSON object such as {\"a\": 1}"), null);
    }
    return value;
  }

  private static String kind(Object value) {
    if (value instanceof Map) {
      return "a JSON object";
    }
    if (value instanceof List) {
      return "a JSON array";
    }
    if (value instanceof String) {
      return "a JSON string";
    }
    if (value instanceof Boolean) {
      return "a JSON boolean";
    }
    return value == null ? "JSON null" : "a JSON number";
  }
}

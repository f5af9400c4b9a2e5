package io.kfp4j.runtime.types;

import java.util.Set;
import java.util.function.Function;

/**
 * One KFP type: its names and how its values cross the command line. Register your own with
 * {@link TypeRegistry#with(KfpType)}, e.g. {@code KfpType.of("Base64", Set.of(), v -> encode((byte[]) v), decode)}.
 */
public interface KfpType {
  /** The canonical name, e.g. {@code Integer}. */
  String name();

  /** Other names that resolve to this type, e.g. {@code int}; may be empty. */
  Set<String> aliases();

  /**
   * Java value to command-line text. A String is already serialized and passes through unchanged.
   *
   * @throws TypeConversionException if the value is not of a Java type this KFP type accepts
   */
  String serialize(Object value);

  /**
   * Command-line text to the canonical Java value, as the Python component's deserializer would read it.
   *
   * @throws TypeConversionException if the text is not valid for this type
   */
  Object deserialize(String text);

  /**
   * A type from two functions. Strings pass through {@code serialize} without reaching {@code serializer}; any
   * exception the functions throw becomes a {@link TypeConversionException} naming the value and the type.
   */
  static KfpType of(String name, Set<String> aliases, Function<Object, String> serializer,
      Function<String, ?> deserializer) {
    return new FunctionType(name, aliases, serializer, deserializer);
  }
}

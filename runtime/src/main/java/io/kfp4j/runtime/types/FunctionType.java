package io.kfp4j.runtime.types;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** A {@link KfpType} made by {@link KfpType#of}. */
record FunctionType(String name, Set<String> aliases, Function<Object, String> serializer,
    Function<String, ?> deserializer) implements KfpType {
  FunctionType {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A KFP type needs a non-blank name");
    }
    aliases = Set.copyOf(aliases);
    Objects.requireNonNull(serializer, "serializer");
    Objects.requireNonNull(deserializer, "deserializer");
  }

  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    String text;
    try {
      text = serializer.apply(value);
    } catch (TypeConversionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TypeConversionException.serializing(value, name, "the serializer failed: " + e, e);
    }
    if (text == null) {
      throw TypeConversionException.serializing(value, name, "the serializer returned null instead of a String", null);
    }
    return text;
  }

  @Override
  public Object deserialize(String text) {
    try {
      return deserializer.apply(text);
    } catch (TypeConversionException e) {
      throw e;
    } catch (RuntimeException e) {
      throw TypeConversionException.deserializing(text, name, "the deserializer failed: " + e, e);
    }
  }

  @Override
  public String toString() {
    return "KfpType " + name;
  }
}

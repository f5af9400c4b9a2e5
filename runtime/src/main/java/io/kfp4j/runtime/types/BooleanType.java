package io.kfp4j.runtime.types;

import java.util.Set;

/** KFP {@code Boolean} ({@code Bool}, {@code bool}): {@code "True"}/{@code "False"}, read back with strtobool. */
public final class BooleanType implements KfpType {
  /** The one instance. */
  public static final BooleanType INSTANCE = new BooleanType();

  private BooleanType() {}

  @Override
  public String name() {
    return "Boolean";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("Bool", "bool");
  }

  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    throw TypeConversionException.serializing(value, name(), "expected a Boolean, or a String already serialized",
        null);
  }

  /** {@link StrToBool#parse} as a Boolean. */
  @Override
  public Object deserialize(String text) {
    try {
      return StrToBool.parse(text);
    } catch (IllegalArgumentException e) {
      throw TypeConversionException.deserializing(text, name(), e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "KfpType Boolean";
  }
}

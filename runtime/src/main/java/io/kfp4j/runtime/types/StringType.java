package io.kfp4j.runtime.types;

import java.util.Set;

/** KFP {@code String} ({@code str}): only Strings, which pass through both ways. */
public final class StringType implements KfpType {
  /** The one instance. */
  public static final StringType INSTANCE = new StringType();

  private StringType() {}

  @Override
  public String name() {
    return "String";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("str");
  }

  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    throw TypeConversionException.serializing(value, name(), "expected a String", null);
  }

  @Override
  public Object deserialize(String text) {
    return text;
  }

  @Override
  public String toString() {
    return "KfpType String";
  }
}

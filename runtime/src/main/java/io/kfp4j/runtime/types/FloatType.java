package io.kfp4j.runtime.types;

import java.util.Set;

/**
 * KFP {@code Float} ({@code float}): numbers as Python's {@code str()} writes them ({@code 1} to {@code "1"},
 * {@code 1.0} to {@code "1.0"}); text read as Python's {@code float()} into a Double.
 */
public final class FloatType implements KfpType {
  /** The one instance. */
  public static final FloatType INSTANCE = new FloatType();

  private FloatType() {}

  @Override
  public String name() {
    return "Float";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("float");
  }

  /** Integer types as integers; Double, Float and BigDecimal via {@link PythonFloat#repr}. Not Boolean. */
  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n) {
      return PythonFloat.isIntegral(n) ? n.toString() : PythonFloat.repr(PythonFloat.toDouble(n));
    }
    throw TypeConversionException.serializing(value, name(),
        "expected a Double, Float or other Number, or a String already serialized", null);
  }

  @Override
  public Object deserialize(String text) {
    try {
      return PythonFloat.parse(text);
    } catch (IllegalArgumentException e) {
      throw TypeConversionException.deserializing(text, name(), e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "KfpType Float";
  }
}

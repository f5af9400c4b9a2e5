package io.kfp4j.runtime.types;

import java.math.BigInteger;
import java.util.Set;

/**
 * KFP {@code Integer} ({@code int}): Java integer types as Python's {@code str(int)}; text read as Python's
 * {@code int()} into a Long (a BigInteger beyond the long range).
 */
public final class IntegerType implements KfpType {
  /** The one instance. */
  public static final IntegerType INSTANCE = new IntegerType();

  private IntegerType() {}

  @Override
  public String name() {
    return "Integer";
  }

  @Override
  public Set<String> aliases() {
    return Set.of("int");
  }

  /** Integer, Long, Short, Byte or BigInteger to decimal text; not Boolean, not floating point. */
  @Override
  public String serialize(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number n && PythonFloat.isIntegral(n)) {
      return n.toString();
    }
    throw TypeConversionException.serializing(value, name(),
        "expected an Integer or Long, or a String already serialized", null);
  }

  /** Python's {@code int(text)}: surrounding whitespace, a sign and single underscores between digits. */
  @Override
  public Object deserialize(String text) {
    String s = text == null ? null : PythonFloat.asciiNumberText(text);
    s = s == null ? null : PythonFloat.stripAsciiSpace(s);
    String digits = s == null || !(s.startsWith("+") || s.startsWith("-")) ? s : s.substring(1);
    if (digits == null || !PythonFloat.isDigits(digits)) {
      throw TypeConversionException.deserializing(text, name(), "Python int() accepts an optional sign and decimal"
          + " digits, with single underscores between digits and surrounding whitespace, e.g. \"42\", \"-7\" or"
          + " \"1_000\"", null);
    }
    BigInteger value = new BigInteger(s.replace("_", ""));  // BigInteger takes the sign, "+" included
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }

  @Override
  public String toString() {
    return "KfpType Integer";
  }
}

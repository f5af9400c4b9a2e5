package io.kfp4j.runtime.spec;

import io.kfp4j.runtime.types.PythonFloat;

/** A YAML scalar as a spec keeps it: text, integer, floating point or boolean. */
public sealed interface Scalar {

  /** The value as Python's {@code str()} renders it, which is what KFP puts on a command line. */
  String asText();

  /** Wraps a Java value: String, Integer/Long, Float/Double or Boolean. */
  static Scalar of(Object value) {
    if (value instanceof String s) {
      return new Text(s);
    }
    if (value instanceof Boolean b) {
      return new Bool(b);
    }
    if (value instanceof Integer || value instanceof Long) {
      return new Int(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      return new Real(((Number) value).doubleValue());
    }
    throw new IllegalArgumentException(
        "a scalar must be a string, an integer, a floating point number or a boolean, not " + value);
  }

  /** A string. @param value the text */
  record Text(String value) implements Scalar {
    @Override
    public String asText() {
      return value;
    }
  }

  /** An integer. @param value the number */
  record Int(long value) implements Scalar {
    @Override
    public String asText() {
      return Long.toString(value);
    }
  }

  /** A floating point number. @param value the number */
  record Real(double value) implements Scalar {
    @Override
    public String asText() {
      return PythonFloat.repr(value);
    }
  }

  /** A boolean, rendered {@code True}/{@code False} as Python does. @param value the truth */
  record Bool(boolean value) implements Scalar {
    @Override
    public String asText() {
      return value ? "True" : "False";
    }
  }
}

package io.kfp4j.ui.internal.viz;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers read from CSV and JSON text, and printed as KFP's UI prints them. */
final class Numbers {

  private Numbers() {}

  /** The decimal number in {@code text} (surrounding spaces ignored), or null when it is not one. */
  static BigDecimal decimal(String text) {
    String value = text.strip();
    if (value.isEmpty() || value.length() > 100) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The finite double in {@code text}, or null. */
  static Double finite(String text) {
    BigDecimal value = decimal(text);
    if (value == null) {
      return null;
    }
    double d = value.doubleValue();
    return Double.isFinite(d) ? d : null;
  }

  /** JavaScript's {@code value.toFixed(digits)} for values below 10<sup>21</sup>, printed in full above. */
  static String toFixed(double value, int digits) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal rounded = new BigDecimal(Math.abs(value)).setScale(digits, RoundingMode.HALF_UP);
    return (value < 0 ? "-" : "") + rounded.toPlainString();
  }
}

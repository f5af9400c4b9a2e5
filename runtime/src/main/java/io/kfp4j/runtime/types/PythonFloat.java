package io.kfp4j.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floating point text exactly as Python writes and reads it, so that values cross between Java and Python
 * components unchanged: {@code repr(1e-05) == "1e-05"}, {@code repr(12.0) == "12.0"}.
 */
public final class PythonFloat {
  private PythonFloat() {}

  /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return (1 / value < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(value);
    String digits = shortest.unscaledValue().abs().toString();
    // strip trailing zeros of the digit string (BigDecimal may keep some)
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    int exponent = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
    digits = digits.substring(0, end);
    String sign = value < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format("%02d", Math.abs(exponent));
      return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
    StringBuilder out = new StringBuilder(sign);
    if (exponent < 0) {
      out.append("0.").append("0".repeat(-exponent - 1)).append(digits);
    } else if (digits.length() <= exponent + 1) {
      out.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
    } else {
      out.append(digits, 0, exponent + 1).append('.').append(digits.substring(exponent + 1));
    }
    return out.toString();
  }

  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (candidate.doubleValue() == value) {
        return candidate;
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
  }

  /**
   * Python's {@code float(text)}: surrounding whitespace, {@code _} between digits, {@code inf}, {@code infinity}
   * and {@code nan} in any case, with an optional sign.
   *
   * @throws IllegalArgumentException naming the text when Python would raise {@code ValueError}
   */
  public static double parse(String text) {
    String s = text.strip();
    String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
    boolean negative = s.startsWith("-");
    String lower = body.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    if (!body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?") || !body.matches(".*\\d.*")
        || body.matches("[eE].*") || body.matches("\\.[eE].*")) {
      throw new IllegalArgumentException("could not convert string to float: '" + text + "'");
    }
    double parsed = Double.parseDouble(body.replace("_", ""));
    return negative ? -parsed : parsed;
  }
}

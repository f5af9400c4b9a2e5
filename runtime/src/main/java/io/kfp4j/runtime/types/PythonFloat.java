package io.kfp4j.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Floating point text exactly as Python writes and reads it, so that values cross between Java and Python
 * components unchanged: {@code repr(1e-05) == "1e-05"}, {@code repr(12.0) == "12.0"}.
 */
public final class PythonFloat {
  private PythonFloat() {}

  /**
   * Python's {@code repr(float)} (also {@code str(float)}): the shortest digits that read back to the same double,
   * positional for decimal exponents -4 to 15 ({@code 0.0001}, {@code 1000000000000000.0}) and scientific outside
   * ({@code 1e-05}, {@code 1e+16}); {@code nan}, {@code inf}, {@code -inf} and {@code -0.0} as Python spells them.
   */
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
    BigDecimal shortest = shortest(new BigDecimal(value), value, false);
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale(); // decimal exponent of the first digit
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') {
      end--;
    }
    digits = digits.substring(0, end);
    String sign = value < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exp = String.format(Locale.ROOT, "%02d", Math.abs(exponent));
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

  /**
   * The fewest significant digits for which {@code readsBack} holds; among several such decimals the closest one, as
   * Python's dtoa mode 0 picks. Both neighbours are tried because the round-trip interval of a power of two is
   * asymmetric, so the nearest decimal at some precision may miss while the other neighbour hits.
   */
  private static BigDecimal shortest(BigDecimal exact, double value, boolean asFloat) {
    // no lambda here: this runs in every task's launcher, where the first lambda costs milliseconds of start-up
    for (int precision = 1; ; precision++) {
      BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (readsBack(nearest, value, asFloat)) {
        return nearest;
      }
      RoundingMode away = nearest.compareTo(exact) > 0 ? RoundingMode.FLOOR : RoundingMode.CEILING;
      BigDecimal other = exact.round(new MathContext(precision, away));
      if (readsBack(other, value, asFloat)) {
        return other;
      }
    }
  }

  private static boolean readsBack(BigDecimal decimal, double value, boolean asFloat) {
    return asFloat ? decimal.floatValue() == (float) value : decimal.doubleValue() == value;
  }

  /**
   * Python's {@code float(text)}: surrounding whitespace, {@code _} between digits, Unicode decimal digits,
   * {@code inf}, {@code infinity} and {@code nan} in any case, with an optional sign.
   *
   * @throws IllegalArgumentException naming the text when Python would raise {@code ValueError}
   */
  public static double parse(String text) {
    String s = text == null ? null : asciiNumberText(text);
    if (s == null) {
      throw notAFloat(text);
    }
    s = stripAsciiSpace(s);
    boolean negative = s.startsWith("-");
    String body = negative || s.startsWith("+") ? s.substring(1) : s;
    String lower = body.toLowerCase(Locale.ROOT);
    if (lower.equals("inf") || lower.equals("infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.equals("nan")) {
      return Double.NaN;
    }
    if (!isDecimal(body)) {
      throw notAFloat(text);
    }
    double parsed = Double.parseDouble(body.replace("_", ""));
    return negative ? -parsed : parsed;
  }

  /** Python's float literal without sign: digits with an optional fraction, or a fraction, then an exponent. */
  private static boolean isDecimal(String s) {
    int e = Math.max(s.indexOf('e'), s.indexOf('E'));
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (e >= 0) {
      String exponent = s.substring(e + 1);
      if (!isDigits(exponent.startsWith("+") || exponent.startsWith("-") ? exponent.substring(1) : exponent)) {
        return false;
      }
    }
    int dot = mantissa.indexOf('.');
    if (dot < 0) {
      return isDigits(mantissa);
    }
    String whole = mantissa.substring(0, dot);
    String fraction = mantissa.substring(dot + 1);
    return (whole.isEmpty() || isDigits(whole)) && (fraction.isEmpty() || isDigits(fraction))
        && !(whole.isEmpty() && fraction.isEmpty());
  }

  /** ASCII digits with single underscores between them, as Python number literals allow: {@code 1_000}. */
  static boolean isDigits(String s) {
    if (s.isEmpty() || s.charAt(0) == '_' || s.charAt(s.length() - 1) == '_') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_' ? s.charAt(i + 1) == '_' : c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static IllegalArgumentException notAFloat(String text) {
    String quoted = text == null ? "null" : "'" + text + "'";
    return new IllegalArgumentException("could not convert string to float: " + quoted
        + " (Python float() accepts decimal or scientific notation such as 1.5, -2e-05 or 1_000.0, or inf, infinity"
        + " or nan in any case, with an optional sign and surrounding whitespace)");
  }

  /**
   * Number text the way Python's {@code int()} and {@code float()} see it: non-ASCII whitespace becomes a space and
   * Unicode decimal digits become ASCII digits. Returns null when another non-ASCII character makes it invalid.
   */
  static String asciiNumberText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        out.append((char) cp);
      } else if (isNonAsciiPythonSpace(cp)) {
        out.append(' ');
      } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        out.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        return null;
      }
    }
    return out.toString();
  }

  /** Strips the ASCII whitespace Python's number parsers skip: space, \t, \n, \v, \f and \r. */
  static String stripAsciiSpace(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isAsciiSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isNonAsciiPythonSpace(int cp) {
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
        || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
  }

  /** Whether {@code n} is of a Java integer type, which Python would hold as an {@code int}. */
  static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger || n instanceof AtomicInteger || n instanceof AtomicLong;
  }

  /**
   * The double Python would hold for a non-integral Java number. A {@code float} goes through its shortest decimal
   * form, so {@code 0.1f} becomes {@code 0.1} rather than {@code 0.10000000149011612}.
   */
  static double toDouble(Number n) {
    if (n instanceof Float f && Float.isFinite(f) && f != 0) {
      return shortest(new BigDecimal(f), f, true).doubleValue();
    }
    return n.doubleValue();
  }
}

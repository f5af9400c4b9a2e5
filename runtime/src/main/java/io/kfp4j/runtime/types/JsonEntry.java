package io.kfp4j.runtime.types;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A key/value pair of a JSON object, with Python's key ordering and key-to-string rules. */
record JsonEntry(Object key, Object value) {
  JsonEntry {
    if (!(key == null || key instanceof String || key instanceof Character || key instanceof Enum<?>
        || key instanceof Boolean || key instanceof Number)) {
      throw new IllegalArgumentException("JSON object keys must be String, Character, Enum, Number, Boolean or"
          + " null, not " + key.getClass().getTypeName() + " (key " + key + ")");
    }
  }

  String keyText() {
    if (key == null) {
      return "null";
    }
    if (key instanceof Enum<?> e) {
      return e.name();
    }
    if (key instanceof Number n) {
      return PythonFloat.isIntegral(n) ? n.toString() : JsonWriter.floatText(PythonFloat.toDouble(n));
    }
    return key.toString();
  }

  /** Python compares the original keys: strings with strings, numbers (and booleans) with numbers. */
  int compareKeys(JsonEntry other) {
    Object a = key;
    Object b = other.key;
    if (isText(a) && isText(b)) {
      return compareCodePoints(keyText(), other.keyText());
    }
    if (isNumeric(a) && isNumeric(b)) {
      return compareNumbers(numeric(a), numeric(b));
    }
    throw new IllegalArgumentException("Cannot sort JSON object keys " + describe(a) + " and " + describe(b)
        + ": like Python's sort_keys, keys of one object must be all strings or all numbers");
  }

  private static boolean isText(Object k) {
    return k instanceof String || k instanceof Character || k instanceof Enum<?>;
  }

  private static boolean isNumeric(Object k) {
    return k instanceof Number || k instanceof Boolean;
  }

  private static Number numeric(Object k) {
    return k instanceof Boolean b ? (Number) (b ? 1 : 0) : (Number) k;
  }

  private static String describe(Object k) {
    return k == null ? "null" : k + " (" + k.getClass().getTypeName() + ")";
  }

  private static int compareNumbers(Number a, Number b) {
    double da = PythonFloat.isIntegral(a) ? 0 : PythonFloat.toDouble(a);
    double db = PythonFloat.isIntegral(b) ? 0 : PythonFloat.toDouble(b);
    if (!Double.isFinite(da) || !Double.isFinite(db)) {
      return Double.compare(a.doubleValue(), b.doubleValue());
    }
    return exact(a).compareTo(exact(b));
  }

  private static BigDecimal exact(Number n) {
    return PythonFloat.isIntegral(n) ? new BigDecimal(new BigInteger(n.toString()))
        : new BigDecimal(PythonFloat.toDouble(n));
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}

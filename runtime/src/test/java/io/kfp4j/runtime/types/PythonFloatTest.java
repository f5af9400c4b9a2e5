package io.kfp4j.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected texts are Python 3.11's {@code repr(float)} and {@code float(str)}. */
class PythonFloatTest {

  @ParameterizedTest(name = "repr({0}) == {1}")
  @CsvSource({
      "0.1, 0.1",
      "1e-05, 1e-05",
      "0.0001, 0.0001",
      "1e16, 1e+16",
      "1e15, 1000000000000000.0",
      "123.456, 123.456",
      "-0.0, -0.0",
      "0.0, 0.0",
      "5e-324, 5e-324",
      "1.7976931348623157e308, 1.7976931348623157e+308",
      "2.5, 2.5",
      "1.0, 1.0",
      "12.0, 12.0",
      "-1.5, -1.5",
      "0.30000000000000004, 0.30000000000000004",
      "9007199254740993, 9007199254740992.0",
      "1.2345e-7, 1.2345e-07",
      "123456789012345678, 1.2345678901234568e+17",
      "2.2250738585072014e-308, 2.2250738585072014e-308",
      "1e100, 1e+100",
      "-1e-100, -1e-100",
      // powers of two whose round-trip interval is asymmetric: the nearest 16-digit decimal misses
      "7.120236347223045e-307, 7.120236347223045e-307",
      "5.858190679279809e-244, 5.858190679279809e-244",
  })
  void reprMatchesPython(double value, String expected) {
    assertEquals(expected, PythonFloat.repr(value));
  }

  @Test
  void reprOfPowerOfTwoNeedsTheFartherNeighbour() {
    assertEquals("7.120236347223045e-307", PythonFloat.repr(Math.scalb(1.0, -1017)));
  }

  @Test
  void reprOfNonFiniteValues() {
    assertEquals("nan", PythonFloat.repr(Double.NaN));
    assertEquals("inf", PythonFloat.repr(Double.POSITIVE_INFINITY));
    assertEquals("-inf", PythonFloat.repr(Double.NEGATIVE_INFINITY));
  }

  @ParameterizedTest(name = "float(\"{0}\") == {1}")
  @CsvSource(delimiter = '|', value = {
      "1.5|1.5",
      "'  1.5\n'|1.5",
      "'\t\u000b\f1.5\r'|1.5",
      "+5|5.0",
      "-0|-0.0",
      "1_000.5|1000.5",
      "1_0.5_5e1_0|105500000000.0",
      ".5|0.5",
      "5.|5.0",
      "5.e3|5000.0",
      "1E5|100000.0",
      "1e-05|1e-05",
      "1e400|inf",
      "-1e400|-inf",
      "012|12.0",
      "inf|inf",
      "+inf|inf",
      "-Infinity|-inf",
      "iNfInItY|inf",
      "'\u00a0\u2007 2.5\u3000\u0085'|2.5",
      "\u0663.\u0665|3.5",
      "\uff11\uff12|12.0",
  })
  void parseAcceptsWhatPythonAccepts(String text, String pythonRepr) {
    assertEquals(pythonRepr, PythonFloat.repr(PythonFloat.parse(text)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nan", "NaN", "-nan", "+NAN", " nan "})
  void parseNan(String text) {
    assertTrue(Double.isNaN(PythonFloat.parse(text)));
  }

  @ParameterizedTest(name = "float(\"{0}\") raises ValueError")
  @ValueSource(strings = {"", " ", "abc", "1e", "1.5e", ".e1", "e5", ".", "1__0", "_1", "1_", "1_.5", "1._5",
      "1e_5", "1.5e+_5", "1.5f", "1.5d", "0x10", "0x1p3", "in f", "1 5", "- 5", "+-1", "--1", "infinit",
      "Infinity_", "\u001c1.5", "1.5\u0000", "1,5", "\u00bd", "1.2.3", "1e5e5", "1e5E5", "e", "+", "-."})
  void parseRejectsWhatPythonRejects(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonFloat.parse(text));
    assertTrue(e.getMessage().startsWith("could not convert string to float: '" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("inf, infinity or nan"), e.getMessage());
  }

  @Test
  void parseHandlesVeryLongText() {
    assertEquals(Double.POSITIVE_INFINITY, PythonFloat.parse("1".repeat(100_000) + ".5"));
    assertEquals("0.4444444444444444", PythonFloat.repr(PythonFloat.parse("0." + "4".repeat(100_000))));
  }

  @Test
  void parseRejectsNull() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonFloat.parse(null));
    assertTrue(e.getMessage().startsWith("could not convert string to float: null"), e.getMessage());
  }

  @Test
  void floatsWidenThroughTheirShortestDecimal() {
    assertEquals(0.1, PythonFloat.toDouble(0.1f));
    assertEquals(3.4028235e38, PythonFloat.toDouble(Float.MAX_VALUE));
    assertEquals(1e-45, PythonFloat.toDouble(Float.MIN_VALUE)); // shortest decimal reading back as that float
    assertEquals(Double.NEGATIVE_INFINITY, PythonFloat.toDouble(Float.NEGATIVE_INFINITY));
  }
}

package io.kfp4j.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts come from Python 3.11's {@code json.dumps(value, sort_keys=True)} and {@code json.loads}. */
class PythonJsonTest {

  enum Color { RED, GREEN }

  record Point(int y, String label, double x, Color color) {}

  record Shape(String name, List<Point> points, Map<String, Object> extra) {}

  /** A plain bean, which Jackson serializes through its getters. */
  public static final class Bean {
    public int getZeta() {
      return 1;
    }

    public String getAlpha() {
      return "a";
    }
  }

  static Stream<Arguments> pythonDumps() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("b", 2);
    nested.put("a", 1);
    Map<String, Object> mixed = new HashMap<>();
    mixed.put("z", null);
    mixed.put("y", true);
    mixed.put("x", false);
    mixed.put("w", "s");
    mixed.put("v", List.of());
    mixed.put("u", Map.of());
    mixed.put("t", new BigInteger("12345678901234567890"));
    return Stream.of(
        Arguments.of(Arrays.asList(1, nested), "[1, {\"a\": 1, \"b\": 2}]"),
        Arguments.of(Map.of("b", List.of(1.0, 1e-05), "a", 0.1), "{\"a\": 0.1, \"b\": [1.0, 1e-05]}"),
        Arguments.of(mixed,
            "{\"t\": 12345678901234567890, \"u\": {}, \"v\": [], \"w\": \"s\", \"x\": false, \"y\": true,"
                + " \"z\": null}"),
        Arguments.of(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e16, 1e15, 5e-324),
            "[NaN, Infinity, -Infinity, -0.0, 1e+16, 1000000000000000.0, 5e-324]"),
        Arguments.of(List.of(List.of()), "[[]]"),
        Arguments.of(Map.of(), "{}"),
        Arguments.of(List.of(1, List.of(2, List.of(3))), "[1, [2, [3]]]"),
        Arguments.of(null, "null"),
        Arguments.of(true, "true"),
        Arguments.of(42L, "42"),
        Arguments.of(2.5, "2.5"),
        Arguments.of("text", "\"text\""),
        Arguments.of(List.of((short) 1, (byte) 2, 3.5f, 0.1f, new BigDecimal("1.10"), new BigInteger("-7")),
            "[1, 2, 3.5, 0.1, 1.1, -7]"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource
  void pythonDumps(Object value, String expected) {
    assertEquals(expected, PythonJson.dumps(value));
  }

  @Test
  void escapesLikeEnsureAscii() {
    String text = "q\"b\\s/n\nr\rt\tb\bf\f\u0000\u001f\u007f \u00e9 \ud83d\ude00 \u2028";
    assertEquals("\"q\\\"b\\\\s/n\\nr\\rt\\tb\\bf\\f\\u0000\\u001f\\u007f \\u00e9 \\ud83d\\ude00 \\u2028\"",
        PythonJson.dumps(text));
    assertEquals("\"\\u00e9\"", PythonJson.dumps("é"));
    assertEquals("\"\\ud83d\\ude00\"", PythonJson.dumps("😀"));
    assertEquals("\"\\ud800\"", PythonJson.dumps("\ud800"));
    assertEquals("\"a/b\"", PythonJson.dumps("a/b"));
  }

  @Test
  void sortsStringKeysByCodePointNotUtf16() {
    Map<String, Integer> keys = new LinkedHashMap<>();
    keys.put("b", 1);
    keys.put("B", 2);
    keys.put("a", 3);
    keys.put("é", 4);
    keys.put("\uffff", 5);
    keys.put("😀", 6);
    keys.put("", 7);
    keys.put("aa", 8);
    assertEquals("{\"\": 7, \"B\": 2, \"a\": 3, \"aa\": 8, \"b\": 1, \"\\u00e9\": 4, \"\\uffff\": 5,"
        + " \"\\ud83d\\ude00\": 6}", PythonJson.dumps(keys));
  }

  @Test
  void sortsNumericKeysNumericallyThenWritesThemAsStrings() {
    assertEquals("{\"-1\": \"c\", \"2\": \"a\", \"10\": \"b\"}", PythonJson.dumps(Map.of(2, "a", 10, "b", -1, "c")));
    assertEquals("{\"false\": \"c\", \"1\": \"b\", \"2.5\": \"a\"}",
        PythonJson.dumps(Map.of(2.5, "a", 1L, "b", false, "c")));
    Map<Object, Object> special = new LinkedHashMap<>();
    special.put(Double.POSITIVE_INFINITY, 2);
    special.put(1e16, 1);
    assertEquals("{\"1e+16\": 1, \"Infinity\": 2}", PythonJson.dumps(special));
    Map<Object, Object> nullKey = new HashMap<>();
    nullKey.put(null, 1);
    assertEquals("{\"null\": 1}", PythonJson.dumps(nullKey));
    assertEquals("{\"GREEN\": 2, \"RED\": 1}", PythonJson.dumps(Map.of(Color.RED, 1, Color.GREEN, 2)));
  }

  @Test
  void mixedKeyKindsCannotBeSortedAsInPython() {
    Map<Object, Object> mixed = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    mixed.put(1, "x");
    mixed.put("a", "y");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(mixed));
    assertTrue(e.getMessage().contains("1 (java.lang.Integer)"), e.getMessage());
    assertTrue(e.getMessage().contains("a (java.lang.String)"), e.getMessage());
    assertTrue(e.getMessage().contains("all strings or all numbers"), e.getMessage());
  }

  @Test
  void rejectsKeysPythonCannotWrite() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PythonJson.dumps(Map.of(List.of(1), "x")));
    assertTrue(e.getMessage().contains("keys must be String, Character, Enum, Number, Boolean or null"),
        e.getMessage());
    assertTrue(e.getMessage().contains("not java.util.ImmutableCollections$List12 (key [1])"), e.getMessage());
  }

  @Test
  void recordsBecomeSortedObjects() {
    assertEquals("{\"color\": \"GREEN\", \"label\": \"p\\u00e9\", \"x\": 1.0, \"y\": 2}",
        PythonJson.dumps(new Point(2, "pé", 1.0, Color.GREEN)));
    Shape shape = new Shape("tri", List.of(new Point(0, "o", 0.5, Color.RED)), Map.of("w", 1e-05, "n", List.of()));
    assertEquals("{\"extra\": {\"n\": [], \"w\": 1e-05}, \"name\": \"tri\", \"points\": [{\"color\": \"RED\","
        + " \"label\": \"o\", \"x\": 0.5, \"y\": 0}]}", PythonJson.dumps(shape));
    assertEquals("[{\"alpha\": \"a\", \"zeta\": 1}]", PythonJson.dumps(List.of(new Bean())));
  }

  @Test
  void arraysCollectionsAndOptionals() {
    assertEquals("[1, 2, 3]", PythonJson.dumps(new int[] {1, 2, 3}));
    assertEquals("[0.5, -0.0]", PythonJson.dumps(new double[] {0.5, -0.0}));
    assertEquals("[\"a\", null, [true]]", PythonJson.dumps(new Object[] {"a", null, new boolean[] {true}}));
    assertEquals("[\"x\", \"y\"]", PythonJson.dumps(new LinkedHashSet<>(List.of("x", "y"))));
    assertEquals("[\"a\", null]", PythonJson.dumps(List.of(Optional.of("a"), Optional.empty())));
    assertEquals("\"c\"", PythonJson.dumps('c'));
  }

  @Test
  void jacksonTreesAreWrittenSorted() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode node = f.objectNode();
    node.put("z", 1.0f);
    node.put("m", new BigDecimal("2.50"));
    node.put("b", new BigInteger("123456789012345678901234567890"));
    node.put("a", 0.1f);
    node.set("n", f.nullNode());
    node.set("l", f.arrayNode().add("é").add(false));
    node.put("bin", new byte[] {1, 2, 3});
    assertEquals("{\"a\": 0.1, \"b\": 123456789012345678901234567890, \"bin\": \"AQID\", \"l\": [\"\\u00e9\", false],"
        + " \"m\": 2.5, \"n\": null, \"z\": 1.0}", PythonJson.dumps(node));
    assertEquals("{\"p\": {\"color\": \"RED\", \"label\": \"q\", \"x\": 2.0, \"y\": 1}}",
        PythonJson.dumps(f.objectNode().putPOJO("p", new Point(1, "q", 2.0, Color.RED))));
  }

  @Test
  void circularReferenceIsReported() {
    List<Object> self = new ArrayList<>();
    self.add(self);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(self));
    assertTrue(e.getMessage().startsWith("Circular reference detected"), e.getMessage());
    Map<String, Object> map = new HashMap<>();
    map.put("me", List.of(map));
    assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(map));
  }

  @Test
  void sameContainerTwiceIsNotACycle() {
    List<Integer> shared = List.of(1);
    assertEquals("[[1], [1]]", PythonJson.dumps(Arrays.asList(shared, shared)));
  }

  @Test
  void valuesJacksonCannotConvertAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonJson.dumps(new Object()));
    assertTrue(e.getMessage().startsWith("Object of Java type java.lang.Object is not JSON serializable: "),
        e.getMessage());
  }

  @Test
  void loadsReturnsPlainJavaValues() {
    Object value = PythonJson.loads(
        "[1, 2.0, \"x\", null, true, {\"b\": {\"c\": []}, \"a\": 1}, 12345678901234567890, -0, 1e400, NaN, -Infinity,"
            + " \"\\u00e9\\ud83d\\ude00\"]");
    List<?> list = assertInstanceOf(List.class, value);
    assertEquals(1L, list.get(0));
    assertEquals(2.0, list.get(1));
    assertEquals("x", list.get(2));
    assertNull(list.get(3));
    assertEquals(true, list.get(4));
    Map<?, ?> map = assertInstanceOf(Map.class, list.get(5));
    assertEquals(List.of("b", "a"), new ArrayList<>(map.keySet()));
    assertEquals(Map.of("c", List.of()), map.get("b"));
    assertEquals(new BigInteger("12345678901234567890"), list.get(6));
    assertEquals(0L, list.get(7));
    assertEquals(Double.POSITIVE_INFINITY, list.get(8));
    assertTrue(Double.isNaN((Double) list.get(9)));
    assertEquals(Double.NEGATIVE_INFINITY, list.get(10));
    assertEquals("é😀", list.get(11));
    assertEquals("s", PythonJson.loads(" \"s\" "));
    assertEquals(Map.of("a", 2L), PythonJson.loads("{\"a\": 1, \"a\": 2}"));
    assertEquals(Double.POSITIVE_INFINITY, PythonJson.loads("Infinity"));
  }

  @Test
  void loadsThenDumpsRoundTrips() {
    String text = "{\"a\": [1, 2.5, 1e-05, null, true], \"b\": {\"c\": \"\\u00e9\"}, \"d\": -0.0}";
    assertEquals(text, PythonJson.dumps(PythonJson.loads(text)));
  }

  /** Positions agree with Python's {@code json.loads} errors ("line 1 column 6 (char 5)"). */
  static Stream<Arguments> loadsRejects() {
    return Stream.of(
        Arguments.of("", "line 1, column 1 (character offset 0)", "empty"),
        Arguments.of("   ", "line 1, column 1 (character offset 0)", "only whitespace"),
        Arguments.of("[1,", "line 1, column 4 (character offset 3)", "end-of-input"),
        Arguments.of("{\"a\" 1}", "line 1, column 6 (character offset 5)", "was expecting a colon"),
        Arguments.of("[1] x", "line 1, column 5 (character offset 4)", "Unrecognized token 'x'"),
        Arguments.of("[1] [2]", "line 1, column 5 (character offset 4)", "extra data after the JSON value"),
        Arguments.of("{'a': 1}", "line 1, column 2 (character offset 1)", "double-quote to start field name"),
        Arguments.of("[1,]", "line 1, column 4 (character offset 3)", "expected a valid value"),
        Arguments.of("01", "line 1, column 2 (character offset 1)", "Leading zeroes"),
        Arguments.of("nan", "line 1, column 1 (character offset 0)", "Unrecognized token 'nan'"),
        Arguments.of("[+INF]", "line 1, column 2 (character offset 1)", "only NaN, Infinity and -Infinity"),
        Arguments.of("-INF", "line 1, column 1 (character offset 0)", "not -INF"),
        Arguments.of("+Infinity", "line 1, column 1 (character offset 0)", "not +Infinity"),
        Arguments.of("\"\u0001\"", "line 1, column 2 (character offset 1)", "Illegal unquoted character"),
        Arguments.of("\ufeff[1]", "line 1, column 1 (character offset 0)", "Unexpected character"),
        Arguments.of("[1,\n 2,\n x]", "line 3, column 2", "Unrecognized token 'x'"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource
  void loadsRejects(String json, String position, String problem) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PythonJson.loads(json));
    assertTrue(e.getMessage().startsWith("Invalid JSON at " + position), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}

package io.kfp4j.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in types against section 3.4 of the KFP notes; expected texts checked with Python 3.11. */
class StandardTypesTest {

  static Stream<KfpType> standardTypes() {
    return Stream.of(StringType.INSTANCE, IntegerType.INSTANCE, FloatType.INSTANCE, BooleanType.INSTANCE,
        JsonType.JSON_ARRAY, JsonType.JSON_OBJECT, JsonType.JSON);
  }

  @ParameterizedTest
  @MethodSource("standardTypes")
  void stringsPassThroughUnchangedAsAlreadySerialized(KfpType type) {
    for (String text : List.of("", "abc", "1.5", "not json {", " True ")) {
      assertSame(text, type.serialize(text), type.name());
    }
  }

  @Test
  void namesAndAliasesAreKfps() {
    assertEquals("String", StringType.INSTANCE.name());
    assertEquals(Set.of("str"), StringType.INSTANCE.aliases());
    assertEquals("Integer", IntegerType.INSTANCE.name());
    assertEquals(Set.of("int"), IntegerType.INSTANCE.aliases());
    assertEquals("Float", FloatType.INSTANCE.name());
    assertEquals(Set.of("float"), FloatType.INSTANCE.aliases());
    assertEquals("Boolean", BooleanType.INSTANCE.name());
    assertEquals(Set.of("Bool", "bool"), BooleanType.INSTANCE.aliases());
    assertEquals("JsonArray", JsonType.JSON_ARRAY.name());
    assertEquals(Set.of("List", "list"), JsonType.JSON_ARRAY.aliases());
    assertEquals("JsonObject", JsonType.JSON_OBJECT.name());
    assertEquals(Set.of("Dictionary", "Dict", "dict"), JsonType.JSON_OBJECT.aliases());
    assertEquals("Json", JsonType.JSON.name());
    assertEquals(Set.of(), JsonType.JSON.aliases());
  }

  // String

  @Test
  void stringRejectsOtherValues() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> StringType.INSTANCE.serialize(5));
    assertEquals("Value 5 (java.lang.Integer) cannot be serialized as KFP type \"String\": expected a String",
        e.getMessage());
    assertEquals("String", e.typeName());
    assertEquals(" x\n", StringType.INSTANCE.deserialize(" x\n"));
  }

  // Integer

  static Stream<Arguments> integers() {
    return Stream.of(Arguments.of(1, "1"), Arguments.of(-42L, "-42"), Arguments.of((short) 7, "7"),
        Arguments.of((byte) -8, "-8"), Arguments.of(Long.MAX_VALUE, "9223372036854775807"),
        Arguments.of(new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890"));
  }

  @ParameterizedTest
  @MethodSource("integers")
  void integerSerializesIntegerTypes(Object value, String expected) {
    assertEquals(expected, IntegerType.INSTANCE.serialize(value));
  }

  @Test
  void integerRejectsFloatingPointWithTheFix() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> IntegerType.INSTANCE.serialize(1.5));
    assertEquals("Value 1.5 (java.lang.Double) cannot be serialized as KFP type \"Integer\": expected an Integer or"
        + " Long, or a String already serialized", e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("nonIntegers")
  void integerRejectsBooleansAndOtherValues(Object value, String described) {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> IntegerType.INSTANCE.serialize(value));
    assertTrue(e.getMessage().startsWith("Value " + described + " cannot be serialized as KFP type \"Integer\""),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("or a String already serialized"), e.getMessage());
  }

  static Stream<Arguments> nonIntegers() {
    return Stream.of(Arguments.of(true, "true (java.lang.Boolean)"), Arguments.of(2.0f, "2.0 (java.lang.Float)"),
        Arguments.of(new BigDecimal("3"), "3 (java.math.BigDecimal)"), Arguments.of(null, "null"),
        Arguments.of(List.of(1), "[1] (java.util.ImmutableCollections$List12)"),
        Arguments.of(new int[] {1, 2}, "[1, 2] (int[])"));
  }

  @ParameterizedTest(name = "int(\"{0}\") == {1}")
  @CsvSource(delimiter = '|', value = {"42|42", "' 42 '|42", "'\t-7\n'|-7", "+5|5", "-0|0", "012|12", "1_000|1000",
      "\u0661\u0662|12", "\uff19|9", "'\u00a012\u3000'|12", "9223372036854775807|9223372036854775807"})
  void integerDeserializesAsPythonIntToLong(String text, long expected) {
    assertEquals(expected, IntegerType.INSTANCE.deserialize(text));
  }

  @Test
  void integerBeyondLongDeserializesToBigInteger() {
    assertEquals(new BigInteger("-99999999999999999999999"),
        IntegerType.INSTANCE.deserialize("-99999999999999999999999"));
    assertEquals(new BigInteger("9223372036854775808"), IntegerType.INSTANCE.deserialize("9223372036854775808"));
    assertEquals(Long.MIN_VALUE, IntegerType.INSTANCE.deserialize("-9223372036854775808"));
    assertEquals(new BigInteger("7".repeat(50_000)), IntegerType.INSTANCE.deserialize("7".repeat(50_000)));
  }

  @ParameterizedTest(name = "int(\"{0}\") raises ValueError")
  @ValueSource(strings = {"1.0", "1e3", "", " ", "+", "-", "1_", "_1", "1__0", "+_1", "- 5", "+-1", "0x10", "True",
      "1 2", "\u001c12", "1\u0000", "inf"})
  void integerRejectsWhatPythonIntRejects(String text) {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> IntegerType.INSTANCE.deserialize(text));
    assertTrue(e.getMessage().startsWith("Text \""), e.getMessage());
    assertTrue(e.getMessage().contains("\" cannot be deserialized as KFP type \"Integer\": Python int() accepts an"
        + " optional sign and decimal digits"), e.getMessage());
  }

  @Test
  void integerDeserializeMessageQuotesTheText() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> IntegerType.INSTANCE.deserialize("1.0"));
    assertEquals("Text \"1.0\" cannot be deserialized as KFP type \"Integer\": Python int() accepts an optional sign"
        + " and decimal digits, with single underscores between digits and surrounding whitespace, e.g. \"42\", \"-7\""
        + " or \"1_000\"", e.getMessage());
  }

  // Float

  static Stream<Arguments> floats() {
    return Stream.of(Arguments.of(1, "1"), Arguments.of(1L, "1"), Arguments.of(1.0, "1.0"), Arguments.of(2.5, "2.5"),
        Arguments.of(1e-05, "1e-05"), Arguments.of(1e16, "1e+16"), Arguments.of(0.1f, "0.1"),
        Arguments.of(-0.0, "-0.0"), Arguments.of(new BigDecimal("2.50"), "2.5"),
        Arguments.of(new BigInteger("100000000000000000000"), "100000000000000000000"),
        Arguments.of(Double.NaN, "nan"), Arguments.of(Double.POSITIVE_INFINITY, "inf"),
        Arguments.of(Float.NEGATIVE_INFINITY, "-inf"));
  }

  @ParameterizedTest
  @MethodSource("floats")
  void floatSerializesNumbersAsPythonStr(Object value, String expected) {
    assertEquals(expected, FloatType.INSTANCE.serialize(value));
  }

  @Test
  void floatRejectsBooleans() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> FloatType.INSTANCE.serialize(true));
    assertEquals("Value true (java.lang.Boolean) cannot be serialized as KFP type \"Float\": expected a Double, Float"
        + " or other Number, or a String already serialized", e.getMessage());
  }

  @Test
  void floatDeserializesAsPythonFloat() {
    assertEquals(1.0, FloatType.INSTANCE.deserialize("1"));
    assertEquals(1e-05, FloatType.INSTANCE.deserialize(" 1e-05 "));
    assertEquals(Double.NEGATIVE_INFINITY, FloatType.INSTANCE.deserialize("-inf"));
    assertTrue(Double.isNaN((Double) FloatType.INSTANCE.deserialize("NaN")));
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> FloatType.INSTANCE.deserialize("1,5"));
    assertTrue(e.getMessage().startsWith("Text \"1,5\" cannot be deserialized as KFP type \"Float\": could not"
        + " convert string to float: '1,5' (Python float() accepts"), e.getMessage());
  }

  // Boolean

  @Test
  void booleanSerializesAsPythonStr() {
    assertEquals("True", BooleanType.INSTANCE.serialize(true));
    assertEquals("False", BooleanType.INSTANCE.serialize(Boolean.FALSE));
    assertEquals("true", BooleanType.INSTANCE.serialize("true"));
  }

  @Test
  void booleanRejectsNumbers() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> BooleanType.INSTANCE.serialize(1));
    assertEquals("Value 1 (java.lang.Integer) cannot be serialized as KFP type \"Boolean\": expected a Boolean, or a"
        + " String already serialized", e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"True, true", "False, false", "yes, true", "ON, true", "t, true", "1, true", "0, false", "No, false",
      "OFF, false", "f, false"})
  void booleanDeserializesWithStrToBool(String text, boolean expected) {
    assertEquals(expected, BooleanType.INSTANCE.deserialize(text));
  }

  @Test
  void booleanDeserializeRejectsOtherText() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> BooleanType.INSTANCE.deserialize("maybe"));
    assertEquals("Text \"maybe\" cannot be deserialized as KFP type \"Boolean\": invalid truth value 'maybe': expected"
        + " one of y, yes, t, true, on, 1 or n, no, f, false, off, 0 (any case, no surrounding spaces)",
        e.getMessage());
  }

  // JSON

  @Test
  void jsonTypesWriteLikeJsonDumpsSortKeys() {
    Map<String, Integer> object = new LinkedHashMap<>();
    object.put("b", 2);
    object.put("a", 1);
    List<Object> array = Arrays.asList(1, object);
    for (JsonType type : List.of(JsonType.JSON_ARRAY, JsonType.JSON_OBJECT, JsonType.JSON)) {
      assertEquals("[1, {\"a\": 1, \"b\": 2}]", type.serialize(array));
      assertEquals("{\"a\": 1, \"b\": 2}", type.serialize(object));
      assertEquals("null", type.serialize(null));
    }
    assertEquals("[1, 2]", JsonType.JSON_ARRAY.serialize(new long[] {1, 2}));
    assertEquals("{\"a\": [1.0, 1e-05]}", JsonType.JSON_OBJECT.serialize(Map.of("a", List.of(1.0, 1e-05))));
  }

  @Test
  void jsonTypesNameUnserializableValues() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> JsonType.JSON_OBJECT.serialize(new Object()));
    assertTrue(e.getMessage().startsWith("Value java.lang.Object@"), e.getMessage());
    assertTrue(e.getMessage().contains(" (java.lang.Object) cannot be serialized as KFP type \"JsonObject\": Object"
        + " of Java type java.lang.Object is not JSON serializable: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; expected a Map, List, array, Number, Boolean, null, record or other"
        + " Jackson-serializable object, or a String already serialized"), e.getMessage());
  }

  @Test
  void jsonTypesDeserializeToTheirShape() {
    assertEquals(List.of(1L, Map.of("a", 1L)), JsonType.JSON_ARRAY.deserialize("[1, {\"a\": 1}]"));
    assertEquals(Map.of("a", List.of(true)), JsonType.JSON_OBJECT.deserialize("{\"a\": [true]}"));
    assertEquals(1L, JsonType.JSON.deserialize("1"));
    assertEquals("s", JsonType.JSON.deserialize("\"s\""));
    assertInstanceOf(List.class, JsonType.JSON.deserialize("[]"));
  }

  @Test
  void jsonArrayRejectsOtherJson() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> JsonType.JSON_ARRAY.deserialize("{\"a\": 1}"));
    assertEquals("Text \"{\\\"a\\\": 1}\" cannot be deserialized as KFP type \"JsonArray\": it is a JSON object,"
        + " expected a JSON array such as [1, 2]", e.getMessage());
  }

  @Test
  void jsonObjectRejectsOtherJson() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> JsonType.JSON_OBJECT.deserialize("[1]"));
    assertEquals("Text \"[1]\" cannot be deserialized as KFP type \"JsonObject\": it is a JSON array, expected a JSON"
        + " object such as {\"a\": 1}", e.getMessage());
    assertThrows(TypeConversionException.class, () -> JsonType.JSON_OBJECT.deserialize("null"));
    assertThrows(TypeConversionException.class, () -> JsonType.JSON_OBJECT.deserialize("\"{}\""));
  }

  @Test
  void jsonTypesReportInvalidJsonWithItsPosition() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> JsonType.JSON.deserialize("[1,\n x]"));
    assertTrue(e.getMessage().startsWith("Text \"[1,\\n x]\" cannot be deserialized as KFP type \"Json\": Invalid"
        + " JSON at line 2, column 2 (character offset 5): Unrecognized token 'x'"), e.getMessage());
  }

  @Test
  void customJsonTypes() {
    JsonType config = new JsonType("Config", Set.of("cfg"), JsonType.Shape.OBJECT);
    assertEquals("{\"k\": 1}", config.serialize(Map.of("k", 1)));
    assertThrows(TypeConversionException.class, () -> config.deserialize("[]"));
    assertThrows(IllegalArgumentException.class, () -> new JsonType(" ", Set.of(), JsonType.Shape.ANY));
  }
}

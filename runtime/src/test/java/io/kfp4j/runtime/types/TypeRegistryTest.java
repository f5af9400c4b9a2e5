package io.kfp4j.runtime.types;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypeRegistryTest {
  private static final TypeRegistry STANDARD = TypeRegistry.standard();

  private static final KfpType BASE64 = KfpType.of("Base64", Set.of("b64"),
      value -> Base64.getEncoder().encodeToString((byte[]) value), text -> Base64.getDecoder().decode(text));

  record Money(long cents) {}

  record Point(int y, int x) {}

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "String, String", "str, String",
      "Integer, Integer", "int, Integer",
      "Float, Float", "float, Float",
      "Boolean, Boolean", "Bool, Boolean", "bool, Boolean",
      "JsonArray, JsonArray", "List, JsonArray", "list, JsonArray",
      "JsonObject, JsonObject", "Dictionary, JsonObject", "Dict, JsonObject", "dict, JsonObject",
      "Json, Json",
      // KFP's short-name rule: (typing\.)?(\w+)(\[.+\])? matched at the start
      "typing.List[int], JsonArray", "typing.List, JsonArray", "List[int], JsonArray",
      "'typing.Dict[str, int]', JsonObject", "Integer garbage, Integer",
  })
  void findsByNameAliasAndShortName(String typeName, String canonical) {
    assertEquals(canonical, STANDARD.find(typeName).orElseThrow().name());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Model", "CSV", "typing.Model[x]", "typing.Optional[typing.List[int]]", "[int]", "",
      "my.module.Model", "integer", "Base64Pickle", "Artifact"})
  void unknownNamesAreNotFound(String typeName) {
    assertEquals(Optional.empty(), STANDARD.find(typeName));
  }

  @Test
  void nullNameIsNotFound() {
    assertEquals(Optional.empty(), STANDARD.find(null));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"typing.List[int], List", "'typing.Dict[str, int]', Dict", "List[int], List", "typing.List, List",
      "Model, Model", "typing.Model[x], Model", "Integer garbage, Integer", "my.module.Model, my",
      "typing.Optional[typing.List[int]], Optional", "[int], [int]", "\u00dcn\u00efcode[x], \u00dcn\u00efcode"})
  void shortNameMatchesKfpsRegex(String typeName, String shortName) {
    assertEquals(shortName, TypeRegistry.shortName(typeName));
  }

  static Stream<Arguments> serializeValues() {
    return Stream.of(
        Arguments.of(1, "Integer", "1"), Arguments.of(1, "int", "1"), Arguments.of(1, "Float", "1"),
        Arguments.of(1.0, "Float", "1.0"), Arguments.of(1.5, "float", "1.5"), Arguments.of(true, "Boolean", "True"),
        Arguments.of(false, "Bool", "False"), Arguments.of(List.of(1, 2), "JsonArray", "[1, 2]"),
        Arguments.of(List.of(1, Map.of("b", 2, "a", 1)), "typing.List[int]", "[1, {\"a\": 1, \"b\": 2}]"),
        Arguments.of(Map.of("b", 1e-05, "a", 0.1), "Dict", "{\"a\": 0.1, \"b\": 1e-05}"),
        Arguments.of(Map.of("a", 1), "typing.Dict[str, int]", "{\"a\": 1}"),
        Arguments.of(new Point(2, 1), "JsonObject", "{\"x\": 1, \"y\": 2}"),
        Arguments.of(null, "Json", "null"));
  }

  @ParameterizedTest(name = "serialize_value({0}, {1}) == {2}")
  @MethodSource
  void serializeValues(Object value, String typeName, String expected) {
    assertEquals(expected, STANDARD.serialize(value, typeName));
  }

  @ParameterizedTest
  @ValueSource(strings = {"String", "Integer", "Float", "Boolean", "JsonArray", "JsonObject", "Json", "Model",
      "typing.Foo[int]", "anything at all"})
  void stringsPassThroughForEveryTypeName(String typeName) {
    assertSame("already serialized", STANDARD.serialize("already serialized", typeName));
    assertSame("x", TypeRegistry.empty().serialize("x", typeName));
  }

  static Stream<Arguments> inferredTypes() {
    return Stream.of(Arguments.of("s", "s"), Arguments.of(5, "5"), Arguments.of(5L, "5"),
        Arguments.of(new BigInteger("99999999999999999999"), "99999999999999999999"), Arguments.of(2.5, "2.5"),
        Arguments.of(1.0, "1.0"), Arguments.of(0.1f, "0.1"), Arguments.of(true, "True"),
        Arguments.of(List.of(1, "a"), "[1, \"a\"]"), Arguments.of(Set.of(3), "[3]"),
        Arguments.of(new int[] {1, 2}, "[1, 2]"), Arguments.of(Map.of("k", List.of()), "{\"k\": []}"));
  }

  @ParameterizedTest(name = "serialize_value({0}, None) == {1}")
  @MethodSource
  void inferredTypes(Object value, String expected) {
    assertEquals(expected, STANDARD.serialize(value, null));
  }

  @Test
  void unknownTypeNameWithNonStringValueFailsWithTheFix() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> STANDARD.serialize(5, "Model"));
    assertEquals("There are no registered serializers for type \"Model\". Pass the value 5 (java.lang.Integer)"
        + " already serialized as a String, or register a KfpType named \"Model\" with TypeRegistry.with(...)."
        + " Registered types: Boolean, Float, Integer, Json, JsonArray, JsonObject, String", e.getMessage());
    assertEquals("Model", e.typeName());
  }

  @Test
  void valueWhoseTypeCannotBeInferredFailsWithTheFix() {
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> STANDARD.serialize(new Point(1, 2), null));
    assertEquals("There are no registered serializers for type \"Point\" (inferred from the Java type of the value,"
        + " as no type name was given). Pass the value Point[y=1, x=2] (io.kfp4j.runtime.types.TypeRegistryTest$Point)"
        + " already serialized as a String, or register a KfpType named \"Point\" with TypeRegistry.with(...)."
        + " Registered types: Boolean, Float, Integer, Json, JsonArray, JsonObject, String", e.getMessage());
  }

  @Test
  void nullWithoutTypeNameFailsWithTheFix() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> STANDARD.serialize(null, null));
    assertEquals("Value null has no type name to serialize it with: pass a type name such as \"Json\" (null is"
        + " written as JSON null), or pass the value already serialized as a String", e.getMessage());
  }

  @Test
  void rejectedValuesNameValueTypeAndFix() {
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> STANDARD.serialize(1.5, "int"));
    assertEquals("Value 1.5 (java.lang.Double) cannot be serialized as KFP type \"Integer\": expected an Integer or"
        + " Long, or a String already serialized", e.getMessage());
    e = assertThrows(TypeConversionException.class, () -> STANDARD.serialize(null, "Boolean"));
    assertEquals("Value null cannot be serialized as KFP type \"Boolean\": expected a Boolean, or a String already"
        + " serialized", e.getMessage());
  }

  @Test
  void longValuesAreAbbreviatedInMessages() {
    String message = assertThrows(TypeConversionException.class,
        () -> STANDARD.serialize(List.of("x".repeat(500)), "Integer")).getMessage();
    assertTrue(message.startsWith("Value [xxxx"), message);
    assertTrue(message.contains("x... (java.util.ImmutableCollections$List12) cannot be serialized"), message);
    assertTrue(message.length() < 400, message);
  }

  @Test
  void deserializeUsesTheTypeOrReturnsTheText() {
    assertEquals(5L, STANDARD.deserialize("5", "Integer"));
    assertEquals(5L, STANDARD.deserialize(" 5 ", "int"));
    assertEquals(5.0, STANDARD.deserialize("5", "Float"));
    assertEquals(true, STANDARD.deserialize("True", "Boolean"));
    assertEquals(List.of(1L), STANDARD.deserialize("[1]", "typing.List[int]"));
    assertEquals(Map.of("a", 1L), STANDARD.deserialize("{\"a\": 1}", "dict"));
    assertEquals("5", STANDARD.deserialize("5", "Model"));
    assertEquals("5", STANDARD.deserialize("5", null));
    assertEquals("[1]", STANDARD.deserialize("[1]", "String"));
    TypeConversionException e = assertThrows(TypeConversionException.class,
        () -> STANDARD.deserialize("1.0", "Integer"));
    assertTrue(e.getMessage().startsWith("Text \"1.0\" cannot be deserialized as KFP type \"Integer\": "),
        e.getMessage());
  }

  @Test
  void customTypesAreAddedToANewRegistry() {
    TypeRegistry registry = STANDARD.with(BASE64);
    byte[] bytes = "hi!".getBytes(StandardCharsets.UTF_8);
    assertEquals("aGkh", registry.serialize(bytes, "Base64"));
    assertEquals("aGkh", registry.serialize(bytes, "b64"));
    assertEquals("aGkh", registry.serialize("aGkh", "Base64"));
    assertArrayEquals(bytes, (byte[]) registry.deserialize("aGkh", "Base64"));
    assertSame(BASE64, registry.find("typing.b64[x]").orElseThrow());
    assertEquals("1", registry.serialize(1, "Integer"));
    assertEquals(Optional.empty(), STANDARD.find("Base64"));
    assertTrue(registry.toString().contains("Base64"), registry.toString());
  }

  @Test
  void customTypesReplaceNamesTheyClaim() {
    KfpType strictList = new JsonType("StrictList", Set.of("List"), JsonType.Shape.ARRAY);
    TypeRegistry registry = STANDARD.with(strictList);
    assertSame(strictList, registry.find("typing.List[int]").orElseThrow());
    assertEquals("JsonArray", registry.find("list").orElseThrow().name());
    assertEquals("JsonArray", STANDARD.find("List").orElseThrow().name());
  }

  @Test
  void customTypesAreInferredFromTheSimpleClassName() {
    TypeRegistry registry = STANDARD.with(KfpType.of("Money", Set.of(), v -> ((Money) v).cents() + "c",
        text -> new Money(Long.parseLong(text.replace("c", "")))));
    assertEquals("250c", registry.serialize(new Money(250), null));
    assertEquals(new Money(7), registry.deserialize("7c", "Money"));
  }

  @Test
  void customTypeFailuresNameTheValueAndType() {
    TypeRegistry registry = STANDARD.with(BASE64);
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> registry.serialize(5, "Base64"));
    assertTrue(e.getMessage().startsWith("Value 5 (java.lang.Integer) cannot be serialized as KFP type \"Base64\":"
        + " the serializer failed: java.lang.ClassCastException"), e.getMessage());
    e = assertThrows(TypeConversionException.class, () -> registry.deserialize("!!", "b64"));
    assertTrue(e.getMessage().startsWith("Text \"!!\" cannot be deserialized as KFP type \"Base64\": the deserializer"
        + " failed: java.lang.IllegalArgumentException"), e.getMessage());
    TypeRegistry nulls = STANDARD.with(KfpType.of("Null", Set.of(), v -> null, t -> t));
    e = assertThrows(TypeConversionException.class, () -> nulls.serialize(1, "Null"));
    assertEquals("Value 1 (java.lang.Integer) cannot be serialized as KFP type \"Null\": the serializer returned null"
        + " instead of a String", e.getMessage());
  }

  @Test
  void misbehavingKfpTypeImplementationsAreReported() {
    KfpType broken = new KfpType() {
      @Override
      public String name() {
        return "Broken";
      }

      @Override
      public Set<String> aliases() {
        return Set.of();
      }

      @Override
      public String serialize(Object value) {
        throw new IllegalStateException("boom");
      }

      @Override
      public Object deserialize(String text) {
        throw new UnsupportedOperationException("nope");
      }
    };
    TypeRegistry registry = TypeRegistry.empty().with(broken);
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> registry.serialize(1, "Broken"));
    assertTrue(e.getMessage().startsWith("Value 1 (java.lang.Integer) cannot be serialized as KFP type \"Broken\": the"
        + " serializer of "), e.getMessage());
    assertTrue(e.getMessage().endsWith("failed: java.lang.IllegalStateException: boom"), e.getMessage());
    e = assertThrows(TypeConversionException.class, () -> registry.deserialize("x", "Broken"));
    assertTrue(e.getMessage().endsWith("failed: java.lang.UnsupportedOperationException: nope"), e.getMessage());
  }

  @Test
  void emptyRegistryNeedsStrings() {
    TypeRegistry empty = TypeRegistry.empty();
    assertEquals("x", empty.deserialize("x", "Integer"));
    TypeConversionException e = assertThrows(TypeConversionException.class, () -> empty.serialize(1, "Integer"));
    assertTrue(e.getMessage().endsWith("Registered types: none"), e.getMessage());
  }

  @Test
  void typesNeedNames() {
    assertThrows(IllegalArgumentException.class, () -> KfpType.of("", Set.of(), v -> "", t -> t));
    KfpType blankAlias = new JsonType("Ok", Set.of(" "), JsonType.Shape.ANY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> STANDARD.with(blankAlias));
    assertTrue(e.getMessage().contains("null or blank name"), e.getMessage());
  }
}

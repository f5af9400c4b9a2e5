package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.kfp4j.runtime.types.TypeRegistry;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Values#serialize} skips the registry for scalar types at start-up, and must say exactly what it says. */
class ValuesTest {

  @Test
  void serializeMatchesTheStandardRegistryForEveryScalarTypeAndValue() {
    List<Object> values = List.of(1.0, 1.5, 1e-5, 1e16, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 2.5f, 42, 42L,
        (short) 7, BigInteger.TEN.pow(30), true, false, "already text", 'c', List.of(1), Map.of("a", 1));
    for (String type : List.of("String", "Integer", "Float", "Boolean", "float", "int", "JsonArray", "Nope")) {
      for (Object value : values) {
        assertEquals(outcome(() -> TypeRegistry.standard().serialize(value, type)),
            outcome(() -> Values.serialize(value, type, "Output")), value + " as " + type);
      }
    }
  }

  @Test
  void aNullResultNamesItsOutput() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Values.serialize(null, "Float", "sum"));
    assertTrue(e.getMessage().contains("\"sum\""), e.getMessage());
  }

  @Test
  void jsonIsReadWhenFirstNeeded() {
    assertEquals(List.of(1.0, Double.NaN), Values.fromJson("[1, NaN]", "values", new TypeReference<List<Double>>() {}));
    ArgumentException e = assertThrows(ArgumentException.class,
        () -> Values.fromJson("[1,", "values", new TypeReference<List<Double>>() {}));
    assertTrue(e.getMessage().startsWith("flag --values: cannot read \"[1,\" as JSON for java.util.List<java.lang.Double>"),
        e.getMessage());
  }

  @Test
  void jsonReadsAsAJavaTypeValue() {
    List<Double> doubles = Values.fromJson("[1, 2.5]", "values", JavaTypes.parameterized(List.class, Double.class));
    assertEquals(List.of(1.0, 2.5), doubles);
    Map<String, List<Integer>> nested = Values.fromJson("{\"a\": [1, 2]}", "groups",
        JavaTypes.parameterized(Map.class, String.class, JavaTypes.parameterized(List.class, Integer.class)));
    assertEquals(Map.of("a", List.of(1, 2)), nested);
    assertEquals(Double.valueOf(3.5), Values.fromJson("3.5", "x", Double.class));
  }

  @Test
  void badJsonForAJavaTypeNamesTheInputAndTheType() {
    ArgumentException e = assertThrows(ArgumentException.class,
        () -> Values.fromJson("[1,", "values", JavaTypes.parameterized(List.class, Double.class)));
    assertTrue(e.getMessage().startsWith("flag --values: cannot read \"[1,\" as JSON for"
        + " java.util.List<java.lang.Double> ("), e.getMessage());
    e = assertThrows(ArgumentException.class, () -> Values.fromJson("[\"a\"]", "counts",
        JavaTypes.parameterized(Map.class, String.class, Integer.class)));
    assertTrue(e.getMessage().startsWith("flag --counts: cannot read \"[\"a\"]\" as JSON for"
        + " java.util.Map<java.lang.String, java.lang.Integer> ("), e.getMessage());
  }

  @Test
  void aTypeReferenceAndAJavaTypeReadAlike() {
    String text = "{\"a\": [1.5, NaN]}";
    assertEquals(Values.fromJson(text, "v", new TypeReference<Map<String, List<Double>>>() {}),
        Values.<Map<String, List<Double>>>fromJson(text, "v",
            JavaTypes.parameterized(Map.class, String.class, JavaTypes.parameterized(List.class, Double.class))));
    assertEquals(outcome(() -> Values.fromJson("[1] [2]", "v", new TypeReference<List<Double>>() {}).toString()),
        outcome(() -> Values.<List<Double>>fromJson("[1] [2]", "v", JavaTypes.parameterized(List.class, Double.class))
            .toString()));
  }

  /** The text, or the exception's class and message. */
  private static String outcome(java.util.function.Supplier<String> call) {
    try {
      return "text: " + call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}

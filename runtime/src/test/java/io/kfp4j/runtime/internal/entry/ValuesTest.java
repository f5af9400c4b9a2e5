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

  /** The text, or the exception's class and message. */
  private static String outcome(java.util.function.Supplier<String> call) {
    try {
      return "text: " + call.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}

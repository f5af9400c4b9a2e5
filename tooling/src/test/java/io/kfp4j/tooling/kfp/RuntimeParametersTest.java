package io.kfp4j.tooling.kfp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFP text arguments typed for a v2 run's runtime_config by their parameters' KFP types. */
class RuntimeParametersTest {
  static PipelineGraph pipeline() {
    ComponentDefinition echo = ComponentDefinition.fromText("""
        name: Echo
        inputs:
        - {name: x, type: Float}
        - {name: n, type: Integer}
        - {name: flag, type: Boolean}
        - {name: s, type: String}
        - {name: l, type: JsonArray}
        implementation:
          container:
            image: alpine
            command: [echo, {inputValue: x}, {inputValue: n}, {inputValue: flag}, {inputValue: s}, {inputValue: l}]
        """);
    return Pipelines.builder("typed").build(p -> echo.task(Map.of("x", p.param("x", Double.class, "1"),
        "n", p.param("n", Long.class, "2"), "flag", p.param("flag", Boolean.class, "False"),
        "s", p.param("s", String.class, "a"), "l", p.param("l", List.class, "[]"))));
  }

  @Test
  void numbersBooleansAndListsKeepTheirTypesAndTextStaysText() {
    Map<String, Object> values = RuntimeParameters.of(pipeline(), Map.of("x", "7", "n", "8", "flag", "True",
        "s", "7", "l", "[1, \"a\"]"));
    assertEquals(7.0, values.get("x"));
    assertEquals(8L, ((Number) values.get("n")).longValue());
    assertEquals(Boolean.TRUE, values.get("flag"));
    assertEquals("7", values.get("s"));
    assertEquals(List.of(1, "a"), List.copyOf((List<?>) values.get("l")).stream()
        .map(v -> v instanceof Number num ? (Object) num.intValue() : v).toList());
    assertEquals(List.of("x", "n", "flag", "s", "l"), List.copyOf(values.keySet()), "only those given, in order");
  }

  @Test
  void badTextAndUnknownNamesAreRefusedBeforeAnythingIsSent() {
    Kfp4jException bad = assertThrows(Kfp4jException.class, () -> RuntimeParameters.of(pipeline(), Map.of("x",
        "abc")));
    assertEquals("x", bad.facts().get(Kfp4jException.Fact.PARAMETER));
    assertThrows(Kfp4jException.class, () -> RuntimeParameters.of(pipeline(), Map.of("y", "1")));
  }
}

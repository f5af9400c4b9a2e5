package io.kfp4j.runtime.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.yaml.ComponentLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefaultMismatchTest {
  private static List<DefaultMismatch> find(String inputs) {
    return DefaultMismatch.find(ComponentLoader.standard().fromText("name: C\ninputs:\n" + inputs
        + "implementation:\n  container: {image: alpine}\n").spec());
  }

  @Test
  void scalarDefaultsTheirTypeCannotReadAreFound() {
    List<DefaultMismatch> found = find("""
        - {name: n, type: Integer, default: x}
        - {name: ok, type: Integer, default: '12'}
        - {name: f, type: Float, default: fast}
        - {name: b, type: Boolean, default: maybe}
        - {name: t, type: Bool, default: 'True'}
        """);
    assertEquals(List.of(
        new DefaultMismatch("n", "inputs[0].default", "Integer", "x"),
        new DefaultMismatch("f", "inputs[2].default", "Float", "fast"),
        new DefaultMismatch("b", "inputs[3].default", "Boolean", "maybe")), found);
    assertEquals("default \"x\" of input \"n\" is not a valid Integer; KFP loads it, but a task that"
        + " leaves \"n\" unset fails when it runs; give a default that is a valid Integer, or none",
        found.get(0).message());
  }

  @Test
  void jsonAndUntypedInputsAreLeftAloneAsKfpsOwnComponentsGiveThemEmptyDefaults() {
    assertEquals(List.of(), find("""
        - {name: d, type: JsonObject, default: ''}
        - {name: l, type: List, default: ''}
        - {name: u, default: anything}
        - {name: s, type: String, default: '1'}
        """));
  }
}

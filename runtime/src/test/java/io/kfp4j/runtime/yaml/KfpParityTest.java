package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What KFP 1.8.22's loader accepts and refuses, where a stricter reading would differ: a type given as a list, a
 * key given twice (the last value counts, with a warning; refused in strict mode), an input without a name.
 */
class KfpParityTest {

  @Test
  void aTypeGivenAsAListIsKeptAndUntypedForWiring() {
    LoadedComponent loaded = ComponentLoader.standard().fromText("""
        name: Either
        inputs:
        - {name: table, type: [CSV, {GCSPath: {data_type: TSV}}]}
        outputs:
        - {name: out, type: [String, Integer]}
        implementation:
          container: {image: busybox, command: [cat, {inputPath: table}, {outputPath: out}]}
        """);
    ComponentSpec spec = loaded.spec();
    TypeSpec type = spec.inputs().get(0).type();
    assertEquals(new TypeSpec.Union(List.of(new TypeSpec.Named("CSV"),
        new TypeSpec.Parameterized("GCSPath", Map.of("data_type", "TSV")))), type);
    assertEquals("[CSV, GCSPath]", type.name());
    assertEquals(Optional.empty(), spec.inputs().get(0).typeName());
    assertEquals(Optional.empty(), spec.outputs().get(0).typeName());
    assertEquals(List.of("CSV", Map.of("GCSPath", Map.of("data_type", "TSV"))), SpecTree.type(type));
    assertEquals(List.of(), loaded.warnings());
  }

  @Test
  void aListOfTypesWithAnEmptyItem() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> ComponentLoader.standard().fromText("""
        name: Either
        inputs:
        - {name: table, type: [CSV, null]}
        implementation:
          container: {image: busybox, command: [cat, {inputValue: table}]}
        """));
    assertEquals(List.of("<text>:3:29: inputs[0].type[1]: a list of types holds types, not nothing; remove the"
        + " empty item"), e.problems().stream().map(SpecProblem::toString).toList());
  }

  private static final String TWICE = """
      name: Twice
      implementation:
        container:
          image: busybox:1
          command: [echo, first]
          image: busybox:2
      """;

  @Test
  void aKeyGivenTwiceKeepsTheLastValueWithAWarningNamingBothLines() {
    LoadedComponent loaded = ComponentLoader.standard().fromText(TWICE);
    var container = ((io.kfp4j.runtime.spec.Implementation.Container) loaded.spec().implementation()).container();
    assertEquals("busybox:2", container.image());
    assertEquals(List.of("<text>:6:5: implementation.container.image: duplicate key \"image\" at lines 4 and 6: KFP"
        + " keeps the last value (line 6), and so does kfp4j; remove the other one (strict mode refuses this)"),
        loaded.warnings().stream().map(SpecProblem::toString).toList());
  }

  @Test
  void strictModeRefusesAKeyGivenTwice() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> ComponentLoader.standard().strict().fromText(TWICE));
    assertEquals(List.of("<text>:6:5: implementation.container.image: duplicate key \"image\" (first at line 4,"
        + " column 5); keep only one of them"), e.problems().stream().map(SpecProblem::toString).toList());
  }

  @Test
  void theIgnoredValueOfADuplicateIsNotChecked() {
    LoadedComponent loaded = ComponentLoader.standard().fromText("""
        name: Twice
        inputs: [{name: a, optional: maybe}]
        inputs: [{name: b}]
        implementation:
          container: {image: busybox, command: [echo, {inputValue: b}]}
        """);
    assertEquals(List.of("b"), loaded.spec().inputs().stream().map(i -> i.name()).toList());
    assertEquals(1, loaded.warnings().size());
  }

  @Test
  void anInputWithAnEmptyName() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> ComponentLoader.standard().fromText("""
        name: Nameless
        inputs:
        - {name: '', type: String}
        implementation:
          container: {image: busybox, command: [echo, hello]}
        """));
    assertEquals(List.of("<text>:3:10: inputs[0].name: an input needs a name, and \"\" is none (KFP fails on it"
        + " too: it names the task factory's parameter); give it a name such as \"data\""),
        e.problems().stream().map(SpecProblem::toString).toList());
  }
}

package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.ifThen;
import static io.kfp4j.runtime.resolve.TestSpecs.list;
import static io.kfp4j.runtime.resolve.TestSpecs.lit;
import static io.kfp4j.runtime.resolve.TestSpecs.optional;
import static io.kfp4j.runtime.resolve.TestSpecs.outPath;
import static io.kfp4j.runtime.resolve.TestSpecs.present;
import static io.kfp4j.runtime.resolve.TestSpecs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Specs shaped like those KFP's {@code create_component_from_func} writes. */
class RealComponentsTest {

  private static final String LAUNCHER = "program_path=$(mktemp)\nprintf \"%s\" \"$0\" > \"$program_path\"\n"
      + "python3 -u \"$program_path\" \"$@\"\n";

  /** kfp-sdk-outputs/add.component.yaml, with the program source shortened. */
  private static final ComponentSpec ADD = ComponentSpec.of("Add", "Calculates sum of two arguments",
      List.of(InputSpec.of("a", "Float"), InputSpec.of("b", "Float")), List.of(OutputSpec.of("Output", "Float")),
      ContainerSpec.of("python:3.7", List.of(lit("sh"), lit("-ec"), lit(LAUNCHER), lit("def add(a, b): ...\n")),
          List.of(lit("--a"), value("a"), lit("--b"), value("b"), lit("----output-paths"), outPath("Output"))));

  @Test
  void addComponent() {
    var resolved = CommandLineResolver.resolve(ADD, Map.of("a", "1", "b", "4"));
    assertEquals(List.of("sh", "-ec", LAUNCHER, "def add(a, b): ...\n"), resolved.command());
    assertEquals(List.of("--a", "1", "--b", "4", "----output-paths", "/tmp/outputs/Output/data"), resolved.args());
    assertEquals(Map.of("a", "1", "b", "4"), resolved.inputsConsumedByValue());
    assertEquals(Map.of(), resolved.inputPaths());
    assertEquals(Map.of("Output", "/tmp/outputs/Output/data"), resolved.outputPaths());
  }

  @Test
  void addComponentWithArgoExpressionsAsValues() {
    var resolved = CommandLineResolver.resolve(
        ADD, Map.of("a", "{{inputs.parameters.a}}", "b", "{{inputs.parameters.produce-Output}}"));
    assertEquals(List.of("--a", "{{inputs.parameters.a}}", "--b", "{{inputs.parameters.produce-Output}}",
        "----output-paths", "/tmp/outputs/Output/data"), resolved.args());
  }

  /** {@code greet(name: str, title: Optional[str] = None)}: an optional input wrapped in if/isPresent. */
  private static final ComponentSpec GREET = ComponentSpec.of("Greet", null,
      List.of(InputSpec.of("name", "String"), optional("title")), List.of(),
      ContainerSpec.of("python:3.7", List.of(lit("python3")), List.of(lit("--name"), value("name"),
          ifThen(present("title"), list(lit("--title"), value("title")), null))));

  @Test
  void optionalInputOfAPythonFunctionComponentPresent() {
    var resolved = CommandLineResolver.resolve(GREET, Map.of("name", "Ada", "title", "Dr"));
    assertEquals(List.of("--name", "Ada", "--title", "Dr"), resolved.args());
    assertEquals(Map.of("name", "Ada", "title", "Dr"), resolved.inputsConsumedByValue());
  }

  @Test
  void optionalInputOfAPythonFunctionComponentAbsent() {
    var resolved = CommandLineResolver.resolve(GREET, Map.of("name", "Ada"));
    assertEquals(List.of("--name", "Ada"), resolved.args());
    assertEquals(Map.of("name", "Ada"), resolved.inputsConsumedByValue());
  }
}

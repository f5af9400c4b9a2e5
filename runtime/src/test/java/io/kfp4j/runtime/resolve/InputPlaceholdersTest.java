package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.arguments;
import static io.kfp4j.runtime.resolve.TestSpecs.component;
import static io.kfp4j.runtime.resolve.TestSpecs.inPath;
import static io.kfp4j.runtime.resolve.TestSpecs.lit;
import static io.kfp4j.runtime.resolve.TestSpecs.optional;
import static io.kfp4j.runtime.resolve.TestSpecs.required;
import static io.kfp4j.runtime.resolve.TestSpecs.value;
import static io.kfp4j.runtime.resolve.TestSpecs.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputPlaceholdersTest {

  @Test
  void literalStaysAsItIs() {
    var resolved = CommandLineResolver.resolve(component(List.of(), List.of(), lit("--verbose"), lit("")), Map.of());
    assertEquals(List.of("--verbose", ""), resolved.args());
  }

  @Test
  void requiredInputValuePresentBecomesTheArgumentAndIsRecorded() {
    var spec = component(List.of(required("a")), List.of(), lit("--a"), value("a"));
    var resolved = CommandLineResolver.resolve(spec, arguments("a", "1.5"));
    assertEquals(List.of("--a", "1.5"), resolved.args());
    assertEquals(Map.of("a", "1.5"), resolved.inputsConsumedByValue());
    assertEquals(Map.of(), resolved.inputPaths());
  }

  @Test
  void requiredInputValueAbsentIsAnErrorNamingComponentFieldAndFix() {
    var spec = ComponentSpec.of("Add", null, List.of(required("a")), List.of(),
        ContainerSpec.of("python:3.7", List.of(), List.of(lit("--a"), value("a"))));
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("Component \"Add\": implementation.container.args[1].inputValue: no argument for required input"
        + " \"a\"; pass a value for \"a\" or mark the input optional", error.getMessage());
    assertEquals("Add", error.component());
    assertEquals("implementation.container.args[1].inputValue", error.field());
  }

  @Test
  void optionalInputValueAbsentIsDropped() {
    var spec = component(List.of(optional("x")), List.of(), lit("--x"), value("x"), lit("end"));
    var resolved = CommandLineResolver.resolve(spec, Map.of());
    assertEquals(List.of("--x", "end"), resolved.args());
    assertEquals(Map.of(), resolved.inputsConsumedByValue());
  }

  @Test
  void optionalInputValuePresentBecomesTheArgument() {
    var spec = component(List.of(optional("x")), List.of(), value("x"));
    assertEquals(List.of("7"), CommandLineResolver.resolve(spec, arguments("x", "7")).args());
  }

  @Test
  void nullArgumentMeansAbsentAndEmptyStringMeansPresent() {
    var spec = component(List.of(optional("x")), List.of(), lit("["), value("x"), lit("]"));
    assertEquals(List.of("[", "]"), CommandLineResolver.resolve(spec, arguments("x", null)).args());
    var resolved = CommandLineResolver.resolve(spec, arguments("x", ""));
    assertEquals(List.of("[", "", "]"), resolved.args());
    assertEquals(Map.of("x", ""), resolved.inputsConsumedByValue());
  }

  @Test
  void requiredInputWithDefaultIsNotFilledHere() {
    var spec = component(List.of(withDefault("n", "3")), List.of(), value("n"));
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("Component \"Comp\": implementation.container.args[0].inputValue: no argument for required input"
        + " \"n\"; fill its default \"3\" into the arguments before resolving, as KFP does when a task is created",
        error.getMessage());
  }

  @Test
  void requiredInputPathPresentBecomesThePathAndIsRecorded() {
    var spec = component(List.of(required("data")), List.of(), lit("cat"), inPath("data"));
    var resolved = CommandLineResolver.resolve(spec, arguments("data", "{{inputs.artifacts.x}}"));
    assertEquals(List.of("cat", "/tmp/inputs/data/data"), resolved.args());
    assertEquals(Map.of("data", "/tmp/inputs/data/data"), resolved.inputPaths());
    assertEquals(Map.of(), resolved.inputsConsumedByValue());
  }

  @Test
  void requiredInputPathAbsentIsAnError() {
    var spec = component(List.of(required("data")), List.of(), lit("cat"), inPath("data"));
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("Component \"Comp\": implementation.container.args[1].inputPath: no argument for required input"
        + " \"data\"; pass a value for \"data\" or mark the input optional", error.getMessage());
  }

  @Test
  void optionalInputPathAbsentIsDroppedAndNotRecorded() {
    var spec = component(List.of(optional("data")), List.of(), lit("cat"), inPath("data"));
    var resolved = CommandLineResolver.resolve(spec, Map.of());
    assertEquals(List.of("cat"), resolved.args());
    assertEquals(Map.of(), resolved.inputPaths());
  }

  @Test
  void optionalInputPathPresentBecomesThePath() {
    var spec = component(List.of(optional("data")), List.of(), inPath("data"));
    var resolved = CommandLineResolver.resolve(spec, arguments("data", "hello"));
    assertEquals(List.of("/tmp/inputs/data/data"), resolved.args());
    assertEquals(Map.of("data", "/tmp/inputs/data/data"), resolved.inputPaths());
  }

  @Test
  void commandIsResolvedBeforeArgs() {
    var spec = ComponentSpec.of("Comp", null, List.of(required("b"), required("a")), List.of(),
        ContainerSpec.of("alpine", List.of(lit("run"), value("a")), List.of(value("b"), inPath("a"))));
    var resolved = CommandLineResolver.resolve(spec, arguments("a", "1", "b", "2"));
    assertEquals(List.of("run", "1"), resolved.command());
    assertEquals(List.of("2", "/tmp/inputs/a/data"), resolved.args());
    assertEquals(List.of("a", "b"), List.copyOf(resolved.inputsConsumedByValue().keySet()));
    assertEquals(List.of("run", "1", "2", "/tmp/inputs/a/data"), resolved.commandLine());
  }

  @Test
  void argumentsForUndeclaredInputsAreIgnored() {
    var spec = component(List.of(), List.of(), lit("x"));
    assertEquals(List.of("x"), CommandLineResolver.resolve(spec, arguments("other", "1")).args());
  }

  @Test
  void placeholderForUndeclaredInputIsAnError() {
    var spec = component(List.<InputSpec>of(), List.of(), lit("--a"), value("a"));
    var error = assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(spec, arguments("a", "1")));
    assertEquals("Component \"Comp\": implementation.container.args[1].inputValue: no input is named \"a\";"
        + " declare it in inputs or fix the placeholder", error.getMessage());
  }

  @Test
  void componentWithoutNameIsCalledComponent() {
    var spec = new ComponentSpec(null, null, null, List.of(required("a")), List.of(),
        new Implementation.Container(
            ContainerSpec.of("alpine", List.of(inPath("a")), List.of())), null);
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("Component", error.component());
    assertEquals("implementation.container.command[0].inputPath", error.field());
  }
}

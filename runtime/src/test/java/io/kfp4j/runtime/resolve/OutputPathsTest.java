package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.lit;
import static io.kfp4j.runtime.resolve.TestSpecs.outPath;
import static io.kfp4j.runtime.resolve.TestSpecs.output;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputPathsTest {

  private static ComponentSpec spec(List<String> outputs, Map<String, String> fileOutputs, Arg... args) {
    return ComponentSpec.of("Comp", null, List.of(), outputs.stream().map(TestSpecs::output).toList(),
        new ContainerSpec("alpine", List.of(), List.of(args), Map.of(), fileOutputs));
  }

  private static Map<String, String> ordered(String... namesAndPaths) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndPaths.length; i += 2) {
      map.put(namesAndPaths[i], namesAndPaths[i + 1]);
    }
    return map;
  }

  @Test
  void outputPathIsTheKfpPathAndIsRecorded() {
    var resolved = CommandLineResolver.resolve(
        spec(List.of("Output"), Map.of(), lit("--out"), outPath("Output"), outPath("Output")), Map.of());
    assertEquals(List.of("--out", "/tmp/outputs/Output/data", "/tmp/outputs/Output/data"), resolved.args());
    assertEquals(Map.of("Output", "/tmp/outputs/Output/data"), resolved.outputPaths());
  }

  @Test
  void outputsWithoutPlaceholderOrFileOutputAreNotRecorded() {
    var resolved = CommandLineResolver.resolve(spec(List.of("a", "b"), Map.of(), outPath("b")), Map.of());
    assertEquals(Map.of("b", "/tmp/outputs/b/data"), resolved.outputPaths());
  }

  @Test
  void fileOutputsComeFirstInOutputOrderThenPlaceholdersInTheOrderMet() {
    var resolved = CommandLineResolver.resolve(spec(List.of("a", "b", "c", "d"),
        ordered("c", "/out/c.txt", "a", "/out/a.txt"), outPath("d"), outPath("b")), Map.of());
    assertEquals(List.of("a", "c", "d", "b"), List.copyOf(resolved.outputPaths().keySet()));
    assertEquals(ordered("a", "/out/a.txt", "c", "/out/c.txt", "d", "/tmp/outputs/d/data", "b",
        "/tmp/outputs/b/data"), resolved.outputPaths());
  }

  @Test
  void fileOutputsSetThePathOfTheirOutputs() {
    var resolved = CommandLineResolver.resolve(
        spec(List.of("model", "metrics"), Map.of("model", "/out/model.bin"), outPath("metrics")), Map.of());
    assertEquals(List.of("/tmp/outputs/metrics/data"), resolved.args());
    assertEquals("/out/model.bin", resolved.outputPaths().get("model"));
  }

  @Test
  void fileOutputEqualToTheGeneratedPathIsNoConflict() {
    var resolved = CommandLineResolver.resolve(
        spec(List.of("a"), Map.of("a", "/tmp/outputs/a/data"), outPath("a")), Map.of());
    assertEquals(Map.of("a", "/tmp/outputs/a/data"), resolved.outputPaths());
  }

  @Test
  void fileOutputAndOutputPathWithDifferentPathsConflict() {
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(
        spec(List.of("a"), Map.of("a", "/out/a.txt"), lit("-o"), outPath("a")), Map.of()));
    assertEquals("Component \"Comp\": implementation.container.args[1].outputPath: conflicting paths for output"
        + " \"a\": \"/out/a.txt\" from implementation.container.fileOutputs.a and \"/tmp/outputs/a/data\" from"
        + " this placeholder; remove the fileOutputs entry for \"a\" or stop using outputPath for it",
        error.getMessage());
  }

  @Test
  void fileOutputForAnUndeclaredOutputIsAnError() {
    var error = assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(spec(List.of("a"), Map.of("b", "/out/b"), lit("x")), Map.of()));
    assertEquals("implementation.container.fileOutputs.b", error.field());
  }

  @Test
  void outputPathForAnUndeclaredOutputIsAnError() {
    var error = assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(spec(List.of("a"), Map.of(), outPath("b")), Map.of()));
    assertEquals("Component \"Comp\": implementation.container.args[0].outputPath: no output is named \"b\";"
        + " declare it in outputs or fix the placeholder", error.getMessage());
  }

  @Test
  void anOutputMayShareItsNameWithAnInput() {
    var spec = ComponentSpec.of("Comp", null, List.of(TestSpecs.required("x")), List.of(output("x")),
        ContainerSpec.of("alpine", List.of(), List.of(TestSpecs.inPath("x"), outPath("x"))));
    var resolved = CommandLineResolver.resolve(spec, Map.of("x", "v"));
    assertEquals(List.of("/tmp/inputs/x/data", "/tmp/outputs/x/data"), resolved.args());
  }
}

package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.concat;
import static io.kfp4j.runtime.resolve.TestSpecs.ifThen;
import static io.kfp4j.runtime.resolve.TestSpecs.list;
import static io.kfp4j.runtime.resolve.TestSpecs.lit;
import static io.kfp4j.runtime.resolve.TestSpecs.output;
import static io.kfp4j.runtime.resolve.TestSpecs.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.GraphSpec;
import io.kfp4j.runtime.spec.Implementation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsupportedSpecsTest {

  private static ResolutionException failure(Arg... args) {
    var spec = ComponentSpec.of("Train", null, List.of(required("data")), List.of(output("model")),
        ContainerSpec.of("alpine", List.of(), List.of(args)));
    return assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(spec, Map.of("data", "d")));
  }

  @Test
  void v2OnlyPlaceholderIsAnErrorNamingComponentAndField() {
    var error = failure(lit("--data"), new Arg.InputUri("data"));
    assertEquals("Component \"Train\": implementation.container.args[1].inputUri: v2-only placeholder inputUri is"
        + " not supported by the v1 toolchain; use a v1 placeholder (inputValue, inputPath or outputPath) or"
        + " compile with KFP v2", error.getMessage());
  }

  @Test
  void everyV2OnlyPlaceholderIsRejectedWhereverItIs() {
    assertEquals("implementation.container.args[0].concat[1].outputUri",
        failure(concat(lit("uri="), new Arg.OutputUri("model"))).field());
    assertEquals("implementation.container.args[0].if.then[0].inputMetadata",
        failure(ifThen(lit("true"), list(new Arg.InputMetadata("data")), null)).field());
    assertEquals("implementation.container.args[0].inputOutputPortName",
        failure(new Arg.InputOutputPortName("data")).field());
    assertEquals("implementation.container.args[0].outputMetadata", failure(new Arg.OutputMetadata()).field());
    assertEquals("implementation.container.args[0].executorInput", failure(new Arg.ExecutorInput()).field());
  }

  @Test
  void v2OnlyPlaceholderInAnUntakenBranchIsNotReached() {
    var spec = ComponentSpec.of("Train", null, List.of(), List.of(),
        ContainerSpec.of("alpine", List.of(), List.of(ifThen(lit("false"), list(new Arg.ExecutorInput()), null))));
    assertEquals(List.of(), CommandLineResolver.resolve(spec, Map.of()).args());
  }

  @Test
  void graphComponentHasNoCommandLine() {
    var spec = new ComponentSpec("Pipeline step", null, null, List.of(), List.of(),
        new Implementation.Graph(new GraphSpec(Map.of(), Map.of())), null);
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("Component \"Pipeline step\": implementation: only container components have a command line,"
        + " and this is a graph component; resolve the container components of its tasks instead",
        error.getMessage());
  }

  @Test
  void specWithoutImplementationHasNoCommandLine() {
    var spec = new ComponentSpec("Interface", null, null, List.of(), List.of(), null, null);
    var error = assertThrows(ResolutionException.class, () -> CommandLineResolver.resolve(spec, Map.of()));
    assertEquals("implementation", error.field());
  }

  @Test
  void resolutionExceptionIsAnIllegalArgumentException() {
    IllegalArgumentException error = failure(new Arg.ExecutorInput());
    assertEquals(ResolutionException.class, error.getClass());
  }
}

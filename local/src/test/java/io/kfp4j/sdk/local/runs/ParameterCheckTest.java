package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.runs.LocalComponentsOps.SquareOp;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameter values are checked before any task starts (no run is even recorded): text that does not read as the
 * parameter's type, unknown names and missing required ones, each naming the parameter (and its type).
 */
class ParameterCheckTest {
  private static final PipelineGraph GRAPH = Pipelines.builder("checked").build(p -> {
    var rows = p.param("rows", Integer.class);
    p.param("ratio", Double.class, "0.5");
    p.param("strict", Boolean.class, "False");
    SquareOp.square(rows);
  });

  private static Kfp4jException refused(Path root, Map<String, ?> arguments) {
    LocalRunner runner = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS);
    Kfp4jException e = assertThrows(Kfp4jException.class, () -> runner.run(GRAPH, arguments));
    assertEquals(Kfp4jException.Kind.INVALID_INPUT, e.kind(), e.getMessage());
    assertEquals(List.of(), new RunStore(root).runDirs(), "nothing ran: " + e.getMessage());
    return e;
  }

  @Test
  void textThatIsNotOfTheParametersType(@TempDir Path root) {
    assertEquals("pipeline \"checked\", parameter \"rows\" (type Integer): Text \"abc\" cannot be deserialized as KFP"
        + " type \"Integer\": Python int() accepts an optional sign and decimal digits, with single underscores"
        + " between digits and surrounding whitespace, e.g. \"42\", \"-7\" or \"1_000\"; pass an Integer as KFP text,"
        + " e.g. 42", refused(root, Map.of("rows", "abc")).getMessage());
    String ratio = refused(root, Map.of("rows", "3", "ratio", "half")).getMessage();
    assertTrue(ratio.startsWith("pipeline \"checked\", parameter \"ratio\" (type Float): Text \"half\" cannot be"
        + " deserialized as KFP type \"Float\""), ratio);
    assertTrue(ratio.endsWith("pass a Float as KFP text, e.g. 1.5"), ratio);
    String strict = refused(root, Map.of("rows", "3", "strict", "maybe")).getMessage();
    assertTrue(strict.startsWith("pipeline \"checked\", parameter \"strict\" (type Boolean): Text \"maybe\""), strict);
  }

  @Test
  void unknownAndMissingParameters(@TempDir Path root) {
    assertEquals("pipeline \"checked\" has no parameter \"row\"; its parameters are: rows, ratio, strict",
        refused(root, Map.of("rows", "3", "row", "4")).getMessage());
    assertEquals("pipeline \"checked\" needs a value for parameter \"rows\" (it has no default); pass it in the"
        + " arguments", refused(root, Map.of()).getMessage());
  }

  @Test
  void aDefaultItsTypeCannotReadFailsBeforeAnyTaskWhenItIsUsed(@TempDir Path root) {
    PipelineGraph graph = Pipelines.builder("defaulted").build(p -> SquareOp.square(p.param("rows", Integer.class,
        "many")));
    LocalRunner runner = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS);
    Kfp4jException e = assertThrows(Kfp4jException.class, () -> runner.run(graph, Map.of()));
    assertEquals(Kfp4jException.Kind.INVALID_INPUT, e.kind(), e.getMessage());
    assertTrue(e.getMessage().startsWith("pipeline \"defaulted\", parameter \"rows\" (type Integer): its default is"
        + " not an Integer: Text \"many\" cannot be deserialized as KFP type \"Integer\""), e.getMessage());
    assertTrue(e.getMessage().endsWith("; give it a default its type reads (@Default or the default of p.param), e.g."
        + " 42, or pass a value"), e.getMessage());
    assertEquals(List.of(), new RunStore(root).runDirs(), "nothing ran");
    // a value given instead of the default runs
    assertEquals("9", runner.run(graph, Map.of("rows", "3")).output("square", "Output"));
  }

  @Test
  void goodTextRuns(@TempDir Path root) {
    var run = LocalRunner.create().withRoot(root).run(GRAPH, Map.of("rows", " 1_2 ", "ratio", "2", "strict", "True"));
    assertEquals("144", run.output("square", "Output"), LocalTesting.describe(run));
  }
}

package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertRanAfter;
import static io.kfp4j.examples.samples.Runs.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.examples.samples.LoopParameterSampleOps.GeneratePairsOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.ConcatOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.PrintTextOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LoopParameterSample}: one iteration per generated map, its fields read when the pipeline runs. */
class LoopParameterSampleTest {

  @Test
  void compilesToALoopOverTheMapsWithSubvariables(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(LoopParameterPipeline.spec(), dir);
    assertEquals("{{tasks.generate-pairs.outputs.parameters.generate-pairs-Output}}",
        workflow.task("pipeline-with-loop-parameter", "for-loop-1").get("withParam"));
    assertEquals(Map.of("generate-pairs-Output-loop-item-subvar-a", "{{item.a}}",
        "generate-pairs-Output-loop-item-subvar-b", "{{item.b}}"),
        workflow.arguments("pipeline-with-loop-parameter", "for-loop-1"));
  }

  @Test
  void concatenatesEachPair(@TempDir Path root) {
    RunResult run = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, LoopParameterPipeline.spec(), Map.of()));
    assertEquals(List.of(Map.of("a", 1, "b", 10), Map.of("a", 2, "b", 20), Map.of("a", 3, "b", 30),
        Map.of("a", 4, "b", 40)), GeneratePairsOp.result(run, "generate-pairs"));
    for (int i = 0; i < 4; i++) {
      String expected = (i + 1) + "" + (i + 1) * 10;
      assertEquals(expected, ConcatOp.result(run, "concat[" + i + "]"));
      assertEquals(expected, PrintTextOp.result(run, "print-text-2[" + i + "]"));
      assertRanAfter(run, "concat[" + i + "]", "print-text");
    }
  }
}

package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertRanAfter;
import static io.kfp4j.examples.samples.Runs.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.examples.samples.LoopStaticSampleOps.ConcatOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.PrintTextOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LoopStaticSample}: one iteration per item of the list, each after the greeting. */
class LoopStaticSampleTest {

  @Test
  void compilesToALoopWithItems(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(LoopStaticPipeline.spec(), dir);
    Map<String, Object> loop = workflow.task("pipeline-with-loop-static", "for-loop-2");
    assertEquals(List.of(Map.of("a", "1", "b", "2"), Map.of("a", "10", "b", "20")), loop.get("withItems"));
    assertEquals(List.of("print-text"), loop.get("dependencies"));
  }

  @Test
  void concatenatesEachItemsFields(@TempDir Path root) {
    RunResult run = assertStatus(RunStatus.SUCCEEDED,
        Runs.run(root, LoopStaticPipeline.spec(), Map.of("greeting", "hello")));
    assertEquals("hello", PrintTextOp.result(run, "print-text"));
    assertEquals("12", ConcatOp.result(run, "concat[0]"));
    assertEquals("1020", ConcatOp.result(run, "concat[1]"));
    assertEquals("12", PrintTextOp.result(run, "print-text-2[0]"));
    assertEquals("1020", PrintTextOp.result(run, "print-text-2[1]"));
    assertRanAfter(run, "concat[0]", "print-text");
    assertRanAfter(run, "concat[1]", "print-text");
    assertEquals(5, run.record().tasks().size(), Runs.describe(run));
  }
}

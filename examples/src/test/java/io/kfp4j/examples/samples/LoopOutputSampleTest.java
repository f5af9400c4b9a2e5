package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.examples.samples.LoopOutputSampleOps.ArgsGeneratorOp;
import io.kfp4j.examples.samples.LoopOutputSampleOps.PrintNumberOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LoopOutputSample}: one iteration per number the generator returns. */
class LoopOutputSampleTest {

  @Test
  void compilesToALoopOverTheOutput(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(LoopOutputPipeline.spec(), dir);
    assertEquals("{{tasks.args-generator.outputs.parameters.args-generator-Output}}",
        workflow.task("pipeline-with-loop-output", "for-loop-1").get("withParam"));
  }

  @Test
  void printsEachNumber(@TempDir Path root) {
    RunResult run = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, LoopOutputPipeline.spec(), Map.of()));
    assertEquals(List.of(1.1, 1.2, 1.3), ArgsGeneratorOp.result(run, "args-generator"));
    assertEquals(1.1, PrintNumberOp.result(run, "print-number[0]"));
    assertEquals(1.2, PrintNumberOp.result(run, "print-number[1]"));
    assertEquals(1.3, PrintNumberOp.result(run, "print-number[2]"));
    assertEquals(List.of(1.1, 1.2, 1.3), run.results("print-number", PrintNumberOp::result));
    assertEquals(4, run.record().tasks().size(), Runs.describe(run));
  }
}

package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertStatus;
import static io.kfp4j.examples.samples.Runs.assertTask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.examples.samples.ConditionSampleOps.FlipCoinOp;
import io.kfp4j.examples.samples.ConditionSampleOps.PrintMsgOp;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConditionSample}: the tasks under the condition run on heads and are skipped on tails. */
class ConditionSampleTest {

  @Test
  void compilesToAWhenOnTheFlip(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(ConditionPipeline.spec(), dir);
    assertEquals("\"{{tasks.flip-coin.outputs.parameters.flip-coin-Output}}\" == \"heads\"",
        workflow.task("single-condition-pipeline", "condition-1").get("when"));
    for (String inside : List.of("flip-coin-2", "print-msg-2", "print-msg-3")) {
      workflow.task("condition-1", inside);
    }
  }

  @Test
  void headsRunsTheBranch(@TempDir Path root) {
    RunResult run = assertStatus(RunStatus.SUCCEEDED,
        Runs.run(root, ConditionPipeline.spec(), Map.of("forceFlipResult", "heads")));
    assertEquals("heads", PrintMsgOp.result(run, "print-msg"));
    String second = FlipCoinOp.result(run, "flip-coin-2");
    assertTrue(second.equals("heads") || second.equals("tails"), second);
    assertEquals(second, PrintMsgOp.result(run, "print-msg-2"));
    assertEquals("condition test", PrintMsgOp.result(run, "print-msg-3"));
  }

  @Test
  void tailsSkipsTheBranch(@TempDir Path root) {
    RunResult run = assertStatus(RunStatus.SUCCEEDED,
        Runs.run(root, ConditionPipeline.spec(), Map.of("forceFlipResult", "tails", "text", "unseen")));
    assertEquals("tails", PrintMsgOp.result(run, "print-msg"));
    for (String skipped : List.of("flip-coin-2", "print-msg-2", "print-msg-3")) {
      assertTask(run, skipped, TaskStatus.SKIPPED);
    }
  }
}

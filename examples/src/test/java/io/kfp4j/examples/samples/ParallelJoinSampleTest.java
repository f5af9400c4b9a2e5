package io.kfp4j.examples.samples;

import static io.kfp4j.examples.samples.Runs.assertRanAfter;
import static io.kfp4j.examples.samples.Runs.assertStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kfp4j.examples.samples.ParallelJoinSampleOps.Echo2Op;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ParallelJoinSample}: the downloads wait for nothing, the join waits for both. */
class ParallelJoinSampleTest {

  @Test
  void compilesToTwoIndependentDownloadsAndAJoin(@TempDir Path dir) {
    ArgoWorkflow workflow = ArgoWorkflow.compile(ParallelJoinPipeline.spec(), dir);
    assertNull(workflow.task("parallel-pipeline", "download-text").get("dependencies"));
    assertNull(workflow.task("parallel-pipeline", "download-text-2").get("dependencies"));
    assertEquals(List.of("download-text", "download-text-2"), workflow.task("parallel-pipeline", "echo2")
        .get("dependencies"));
  }

  @Test
  void joinsBothTexts(@TempDir Path root, @TempDir Path data) throws Exception {
    Path one = Files.writeString(data.resolve("one.txt"), "first text");
    Path two = Files.writeString(data.resolve("two.txt"), "second text");
    RunResult run = assertStatus(RunStatus.SUCCEEDED, Runs.run(root, ParallelJoinPipeline.spec(),
        Map.of("url1", one.toUri().toString(), "url2", two.toUri().toString())));
    assertEquals("Text 1: first text\nText 2: second text", Echo2Op.result(run, "echo2"));
    assertRanAfter(run, "echo2", "download-text");
    assertRanAfter(run, "echo2", "download-text-2");
  }
}

package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A path a task recorded while it ran, as it is once its outputs are promoted. */
class PromotedPathTest {
  @Test
  void aFileInTheStagingFolderMovesToOutputs() {
    assertEquals(Path.of("/s/runs/r1/tasks/evaluate/outputs/ui/cm.csv"),
        RunStore.promotedPath(Path.of("/s/runs/r1/tasks/evaluate/outputs.partial/ui/cm.csv")));
  }

  @Test
  void otherPathsAreUnchanged() {
    assertEquals(Path.of("/s/runs/r1/tasks/evaluate/outputs/ui/cm.csv"),
        RunStore.promotedPath(Path.of("/s/runs/r1/tasks/evaluate/outputs/ui/cm.csv")));
    assertEquals(Path.of("relative/data.csv"), RunStore.promotedPath(Path.of("relative/data.csv")));
  }
}

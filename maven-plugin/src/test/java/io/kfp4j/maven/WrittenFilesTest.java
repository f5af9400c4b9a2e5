package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenFilesTest {
  @TempDir
  Path dir;

  private Path write(String name) throws Exception {
    return Files.writeString(dir.resolve(name), name);
  }

  @Test
  void twoKindsInOneFolderRemoveOnlyTheirOwn() throws Exception {
    WrittenFiles pipelines = WrittenFiles.in(dir, ".kfp4j-pipelines");
    pipelines.wrote(write("a.yaml"));
    pipelines.wrote(write("b.yaml"));
    pipelines.removeStale();
    WrittenFiles components = WrittenFiles.in(dir, ".kfp4j-components");
    components.wrote(write("add.component.yaml"));
    components.removeStale();

    WrittenFiles again = WrittenFiles.in(dir, ".kfp4j-pipelines");
    again.wrote(write("a.yaml"));
    assertEquals(List.of("b.yaml"), again.removeStale());
    assertFalse(Files.exists(dir.resolve("b.yaml")));
    assertTrue(Files.exists(dir.resolve("add.component.yaml")), "the other kind's file stays");
    assertEquals(List.of("a.yaml"), Files.readAllLines(dir.resolve(".kfp4j-pipelines")));
  }

  @Test
  void aListNamingAnotherFolderOrAHiddenFileRemovesNothingThere() throws Exception {
    Path outside = Files.writeString(dir.resolveSibling(dir.getFileName() + "-outside.txt"), "keep");
    Files.write(dir.resolve(".kfp4j-pipelines"), List.of("../" + outside.getFileName(), ".git", "x/../y"));
    write(".git");
    assertEquals(List.of(), WrittenFiles.in(dir, ".kfp4j-pipelines").removeStale());
    assertTrue(Files.exists(outside));
    assertTrue(Files.exists(dir.resolve(".git")));
    Files.delete(outside);
  }
}

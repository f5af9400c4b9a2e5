package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry a command starts, read in one place for the engine's in-process runner and the tests. */
class LauncherCommandTest {
  @Test
  void theEntryIsTheWordAfterTheLaunchersMainClass() {
    List<String> command = LauncherCommand.command(LauncherCommand.IMAGE_CLASSPATH, EntryReference.parse("p.Calc#add"));
    assertEquals("p.Calc#add", LauncherCommand.entryOf(command));
  }

  @Test
  void aCommandWithoutTheLauncherOrWithoutAnEntryHasNone() {
    assertNull(LauncherCommand.entryOf(List.of("sh", "-c", "echo")));
    assertNull(LauncherCommand.entryOf(List.of("java", LauncherCommand.MAIN_CLASS)));
    assertNull(LauncherCommand.entryOf(List.of(LauncherCommand.MAIN_CLASS, "p.Calc#add")));
  }

  @Test
  void aSpecsEntryComesFromItsContainerCommand() {
    List<Arg> command = LauncherCommand.command("/app/classes", EntryReference.parse("p.Calc#add")).stream()
        .map(s -> (Arg) new Arg.Literal(s)).toList();
    assertEquals("p.Calc#add", LauncherCommand.entryOf(ComponentSpec.of("Add", null, List.of(), List.of(),
        ContainerSpec.of("kfp4j/components:latest", command, List.of()))));
  }
}

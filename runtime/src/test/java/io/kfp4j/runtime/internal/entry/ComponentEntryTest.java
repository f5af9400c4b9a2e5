package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry's run writes all its outputs when the method succeeds and none when anything fails. */
class ComponentEntryTest {
  private static final CalcOps.Entries ENTRIES = new CalcOps.Entries();

  @TempDir
  Path dir;

  @Test
  void ofKeepsTheFlagsInOrder() {
    Flag a = Flag.value("a", true, "Float", "double");
    Flag out = Flag.outputPath("Output", "Float", "double");
    ComponentEntry entry = ComponentEntry.of("Add", ENTRIES, "add", a, out);
    assertEquals(new ComponentEntry("Add", List.of(a, out), ENTRIES, "add"), entry);
    assertThrows(UnsupportedOperationException.class, () -> entry.flags().add(a));
  }

  @Test
  void aSuccessCommitsTheOutputs() throws Exception {
    ComponentEntry add = ENTRIES.entry("add");
    Path output = dir.resolve("outputs/Output/data");
    add.run(ParsedArguments.parse(add.flags(), List.of("--a", "1", "--b", "1.5", "--out-Output", output.toString())));
    assertEquals("2.5", Files.readString(output));
    assertEquals(List.of(output), files());
  }

  @Test
  void aFailureLeavesNoOutputNotEvenTheOnesWritten() throws Exception {
    ComponentEntry half = ENTRIES.entry("halfThenFail");
    List<String> argv = List.of("--out-first", dir.resolve("first").toString(), "--out-second",
        dir.resolve("second").toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> half.run(ParsedArguments.parse(half.flags(), argv)));
    assertEquals("failed after writing", e.getMessage());
    assertEquals(List.of(), files());
  }

  @Test
  void anOutputTheMethodDidNotWriteFailsTheRun() throws Exception {
    ComponentEntry forget = ENTRIES.entry("forget");
    Path result = dir.resolve("result");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> forget.run(ParsedArguments.parse(forget.flags(), List.of("--out-result", result.toString()))));
    assertEquals("the component did not write its output " + result + " (it must create a file or folder at the path it was given)", e.getMessage());
    assertFalse(Files.exists(result));
  }

  @Test
  void aBadArgumentIsRefusedBeforeTheMethodRuns() throws Exception {
    ComponentEntry add = ENTRIES.entry("add");
    Path output = dir.resolve("Output");
    ArgumentException e = assertThrows(ArgumentException.class, () -> add.run(ParsedArguments.parse(add.flags(),
        List.of("--a", "one", "--b", "1", "--out-Output", output.toString()))));
    assertTrue(e.getMessage().startsWith("flag --a: cannot read \"one\" as a Float"), e.getMessage());
    assertEquals(List.of(), files());
  }

  /** Every file left under the test's folder, hidden ones too. */
  private List<Path> files() throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}

package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EntryRunner#run} finds an entry by its reference, runs it and turns every outcome into an exit code. */
class EntryRunnerTest {
  private static final String ADD = Calc.class.getName() + "#add";

  @TempDir
  Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String reference, String... flags) {
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      return EntryRunner.run(reference, List.of(flags), getClass().getClassLoader(), stream, "test: ");
    }
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsTheEntryOfAReference() throws Exception {
    Path output = dir.resolve("sum");
    assertEquals(EntryRunner.OK, run(ADD, "--a", "2", "--b", "3", "--out-Output", output.toString()));
    assertEquals("5.0", Files.readString(output));
    assertEquals("", err());
  }

  @Test
  void runsAnEntryOfANestedClass() throws Exception {
    Path output = dir.resolve("loud");
    assertEquals(EntryRunner.OK, run(Calc.Nested.class.getName() + "#shout", "--text", "hi", "--out-Output",
        output.toString()));
    assertEquals("HI", Files.readString(output));
  }

  @Test
  void aMalformedReferenceIsABadArgument() {
    assertEquals(EntryRunner.BAD_ARGUMENTS, run("add", "--a", "1"));
    assertTrue(err().startsWith("test: \"add\" is not a component entry: "), err());
  }

  @Test
  void aMissingEntryIsABadArgument() {
    assertEquals(EntryRunner.BAD_ARGUMENTS, run(Calc.class.getName() + "#subtract"));
    assertEquals("test: no kfp4j component " + Calc.class.getName() + "#subtract: " + CalcOps.Entries.class.getName()
        + " has no @Component method named \"subtract\"; rebuild the project so that its component.yaml files"
        + " match its classes\n", err());
  }

  @Test
  void badFlagsGiveTheMessageAndTheUsage() {
    Path output = dir.resolve("sum");
    assertEquals(EntryRunner.BAD_ARGUMENTS, run(ADD, "--a", "x", "--b", "3", "--out-Output", output.toString()));
    List<String> lines = err().lines().toList();
    assertTrue(lines.get(0).startsWith("test: component \"Add\": flag --a: cannot read \"x\" as a Float"), err());
    assertEquals("usage: " + ADD + " --a <Float value> --b <Float value> --out-Output <path to write the Float output"
        + " to>", lines.get(1));
    assertFalse(Files.exists(output));
  }

  @Test
  void aThrowingMethodFailsWithItsStackTraceAndNoOutputs() throws Exception {
    int code = run(Calc.class.getName() + "#halfThenFail", "--out-first", dir.resolve("first").toString(),
        "--out-second", dir.resolve("second").toString());
    assertEquals(EntryRunner.FAILED, code);
    assertTrue(err().startsWith("test: component \"Half then fail\" failed:\n"
        + "java.lang.IllegalStateException: failed after writing\n\tat "), err());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    }
  }
}

package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.launcher.Launcher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher called in this JVM, for the cases that need no separate process. */
class LauncherInProcessTest {
  @TempDir
  Path dir;

  /** What one call printed and returned. */
  record Result(int exitCode, String out, String err) {}

  private static Result launch(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Launcher.run(args, o, e);
    }
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runsAComponent() throws IOException {
    Path output = dir.resolve("outputs/Output/data");
    Result result = launch("io.kfp4j.testcomponents.Calc#add", "--a", "1", "--b", "4", "--out-Output",
        output.toString());
    assertEquals(new Result(Launcher.OK, "", ""), result);
    assertEquals("5.0", Files.readString(output));
  }

  @Test
  void helpPrintsTheComponentsUsage() {
    assertEquals(new Result(Launcher.OK, "usage: io.kfp4j.testcomponents.Greetings#greet --name <String value> [--greeting <String value>]"
        + " [--excited <Boolean value>] [--title <String value>] --out-Output <path to write the String output to>\n",
        ""), launch(ComponentRun.reference("greet"), "--help"));
    assertEquals(Launcher.OK, launch(ComponentRun.reference("count-lines"), "--lines", "x", "--help").exitCode());
  }

  @Test
  void helpAsAValueIsAValue() throws IOException {
    Path output = dir.resolve("out");
    assertEquals(new Result(Launcher.OK, "", ""),
        launch(ComponentRun.reference("echo"), "--text", "--help", "--out-Output", output.toString()));
    assertEquals("--help", Files.readString(output));
  }

  @Test
  void theLaunchersOwnUsage() {
    String usage = "usage: Launcher <class>#<method> [--<input> <value>]... [--out-<output> <path>]...\n";
    assertEquals(new Result(Launcher.OK, usage, ""), launch("--help"));
    assertEquals(new Result(Launcher.BAD_ARGUMENTS, "", "kfp4j launcher: " + usage), launch());
    assertEquals(new Result(Launcher.BAD_ARGUMENTS, "", "kfp4j launcher: " + usage), launch("--a", "1"));
  }

  @Test
  void anUnknownClassOrMethod() {
    assertEquals(new Result(Launcher.BAD_ARGUMENTS, "", "kfp4j launcher: no kfp4j component"
        + " io.kfp4j.testcomponents.Calculator#add on the classpath (looked for the class"
        + " io.kfp4j.testcomponents.CalculatorOps$Entries); check that the project's classes are on the classpath and"
        + " were compiled with kfp4j's annotation processor\n"), launch("io.kfp4j.testcomponents.Calculator#add"));
    String noMethod = "kfp4j launcher: no kfp4j component io.kfp4j.testcomponents.Calc#ad:"
        + " io.kfp4j.testcomponents.CalcOps$Entries has no @Component method named \"ad\"; rebuild the project so"
        + " that its component.yaml files match its classes\n";
    assertEquals(new Result(Launcher.BAD_ARGUMENTS, "", noMethod), launch("io.kfp4j.testcomponents.Calc#ad", "--a",
        "1"));
    assertEquals(new Result(Launcher.BAD_ARGUMENTS, "", noMethod), launch("io.kfp4j.testcomponents.Calc#ad",
        "--help"));
  }

  @Test
  void anOldStyleComponentKey() {
    Result result = launch("add", "--a", "1");
    assertEquals(Launcher.BAD_ARGUMENTS, result.exitCode());
    assertTrue(result.err().startsWith("kfp4j launcher: \"add\" is not a component entry: expected the class and"
        + " method of a @Component method, as in io.example.Calc#add"), result.err());
    assertEquals("", result.out());
  }

  @Test
  void booleansAsStrtoboolReadsThem() {
    assertRefused("Greet", "flag --excited: cannot read \"maybe\" as a Boolean: True or False",
        "greet", "--name", "Ada", "--excited", "maybe");
    assertRefused("Greet", "flag --excited: cannot read \" True\" as a Boolean",
        "greet", "--name", "Ada", "--excited", " True");
  }

  @Test
  void numbersAsIntAndFloatReadThem() {
    assertRefused("Write lines", "flag --times: cannot read \"2.0\" as an Integer such as 42",
        "write-lines", "--text", "x", "--times", "2.0");
    assertRefused("Write lines", "flag --times: cannot read \"3000000000\" as an Integer that fits in a Java int",
        "write-lines", "--text", "x", "--times", "3000000000");
    assertRefused("Add", "flag --a: cannot read \"\" as a Float such as 1.5", "add", "--a", "", "--b", "1");
  }

  @Test
  void jsonAsJsonLoadsReadsIt() {
    assertRefused("Describe", "flag --values: cannot read \"[1, 2\" as JSON for java.util.List<java.lang.Double>",
        "describe", "--values", "[1, 2");
    assertRefused("Describe", "flag --values: cannot read \"[\"a\"]\" as JSON for java.util.List<java.lang.Double>",
        "describe", "--values", "[\"a\"]");
    // json.loads fails with "Extra data"; Jackson ignored what follows the value until told not to
    assertRefused("Describe", "flag --values: cannot read \"[1, 2] [3]\" as JSON for java.util.List<java.lang.Double>"
        + " (Trailing token", "describe", "--values", "[1, 2] [3]");
    // an int field does not silently drop a fraction
    assertRefused("Totals", "flag --items: cannot read \"[{\"name\": \"a\", \"quantity\": 2.5, \"price\": 1}]\" as JSON"
        + " for java.util.List<io.kfp4j.testcomponents.Inventory$Item> (Cannot coerce Floating-point value (2.5)",
        "totals", "--items", "[{\"name\": \"a\", \"quantity\": 2.5, \"price\": 1}]");
  }

  /**
   * Runs the component of key {@code args[0]} with the other {@code args} plus a path for each output; expects exit 2,
   * the message, the usage and no output file.
   */
  private void assertRefused(String component, String message, String... args) {
    String key = args[0];
    List<String> all = new ArrayList<>(List.of(args));
    all.set(0, ComponentRun.reference(key));
    for (var output : ComponentRun.spec(key).outputs()) {
      all.addAll(List.of("--out-" + output.name(), dir.resolve(output.name()).toString()));
    }
    Result result = launch(all.toArray(String[]::new));
    assertEquals(Launcher.BAD_ARGUMENTS, result.exitCode(), result.err());
    assertTrue(result.err().startsWith("kfp4j launcher: component \"" + component + "\": " + message), result.err());
    assertTrue(result.err().contains("\nusage: " + all.get(0) + " "), result.err());
    try (var left = Files.list(dir)) {
      assertEquals(List.of(), left.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFlagGivenTwice() {
    Result result = launch(ComponentRun.reference("add"), "--a", "1", "--a", "2", "--b", "1", "--out-Output",
        dir.resolve("o").toString());
    assertEquals(Launcher.BAD_ARGUMENTS, result.exitCode());
    assertTrue(result.err().startsWith("kfp4j launcher: component \"Add\": flag --a is given twice; give it once\n"),
        result.err());
  }

  @Test
  void aThrowingComponent() {
    Result result = launch(ComponentRun.reference("explode"), "--message", "bang", "--out-Output",
        dir.resolve("o").toString());
    assertEquals(Launcher.FAILED, result.exitCode());
    assertTrue(result.err().startsWith("kfp4j launcher: component \"Explode\" failed:\n"
        + "java.lang.IllegalStateException: bang\n\tat " + TestComponents.class.getName() + ".explode("), result.err());
    assertFalse(Files.exists(dir.resolve("o")));
  }
}

package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: help, version, usage errors and exit codes. */
class Kfp4jTest {
  @Test
  void everyCommandsSummaryInAListIsAWholeSentence() {
    java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(List.of(Kfp4j.newCommandLine()));
    int seen = 0;
    while (!todo.isEmpty()) {
      CommandLine command = todo.pop();
      for (CommandLine sub : command.getSubcommands().values()) {
        String[] description = sub.getCommandSpec().usageMessage().description();
        String summary = description.length == 0 ? "" : description[0].strip();
        assertTrue(summary.endsWith(".") || summary.endsWith(")"), sub.getCommandSpec().qualifiedName()
            + "'s first description line, shown alone in its parent's list of commands, is cut: " + summary);
        seen++;
        todo.push(sub);
      }
    }
    assertTrue(seen > 20, "commands seen: " + seen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h", "components --help", "components validate --help",
      "components show --help", "components show -h", "compile --help"})
  void helpOnEveryCommandExitsZero(String args) {
    CliRun run = CliRun.run(args.split(" "));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("Usage: kfp4j"), run.describe());
    assertEquals("", run.err());
  }

  @Test
  void topHelpListsCommandsAndDocumentsEveryExitCode() {
    CliRun run = CliRun.run("--help");
    assertTrue(run.out().contains("components"), run.out());
    assertTrue(run.out().contains("Exit codes:"), run.out());
    for (String code : new String[] {"0   success", "1   invalid component", "2   usage error", "3   internal error"}) {
      assertTrue(run.out().contains(code), "help lacks exit code line \"" + code + "\":\n" + run.out());
    }
    assertTrue(run.out().contains("KFP4J_DEBUG=1"), run.out());
  }

  @Test
  void helpNamesBothTargetsAndBothComponentFormats() {
    CommandLine top = Kfp4j.newCommandLine();
    String topText = String.join(" ", top.getCommandSpec().usageMessage().description());
    assertFalse(topText.contains("(KFP v1) for Java"), topText);
    assertTrue(topText.contains("KFP v2's pipeline spec (--target v2)"), topText);
    assertTrue(topText.contains("KFP v2 component files"), topText);
    String components = String.join(" ",
        top.getSubcommands().get("components").getCommandSpec().usageMessage().description());
    assertTrue(components.contains("KFP v1 component.yaml, KFP v2 component files"), components);
    assertEquals(0, CliRun.run("components", "--help").exitCode());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = CliRun.run("--version");
    assertEquals(0, run.exitCode(), run.describe());
    String first = run.outLines().get(0);
    assertTrue(first.matches("kfp4j \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), "not a version: " + first);
    assertEquals("kfp4j " + VersionProvider.version(), first);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.run("components", "validate", "--bogus", "x.yaml");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().contains("Unknown option: '--bogus'"), run.describe());
    assertTrue(run.err().contains("Try 'kfp4j components validate --help'"), run.describe());
    assertEquals("", run.out());
  }

  @Test
  void unknownOptionWithoutArgumentsNamesTheOption() {
    CliRun run = CliRun.run("components", "validate", "--bogus");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().contains("'--bogus'"), run.describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "components", "components validate", "components show", "compile"})
  void missingSubcommandOrArgumentIsAUsageError(String args) {
    CliRun run = CliRun.run(args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: Missing required"), run.describe());
    assertTrue(run.err().contains("Usage: kfp4j"), run.describe());
  }

  @Test
  void mistypedCommandIsAUsageErrorWithASuggestion() {
    CliRun run = CliRun.run("compnents", "validate");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().contains("Did you mean: kfp4j components"), run.describe());
  }

  @Test
  void unexpectedExceptionIsOneLineAndExitThreeWithoutAStackTrace() {
    CliRun run = CliRun.run(name -> null, withBoom(new IllegalStateException("boom\nsecond line")), "boom");
    assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.describe());
    assertEquals("kfp4j: internal error: java.lang.IllegalStateException: boom second line", run.errLines().get(0));
    assertTrue(run.errLines().get(1).contains("please report this with the command you ran"), run.describe());
    assertEquals(2, run.errLines().size(), run.describe());
    assertFalse(run.err().contains("\tat "), run.describe());
  }

  @Test
  void stacktraceOptionShowsTheStackTraceOnAnyLevel() {
    for (String[] args : new String[][] {{"--stacktrace", "boom"}, {"boom", "--stacktrace"}}) {
      CliRun run = CliRun.run(name -> null, withBoom(new IllegalStateException("boom")), args);
      assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.describe());
      assertTrue(run.err().startsWith("kfp4j: internal error: java.lang.IllegalStateException: boom"), run.describe());
      assertTrue(run.err().contains("\tat "), run.describe());
    }
  }

  @Test
  void debugVariableShowsTheStackTrace() {
    UnaryOperator<String> environment = Map.of("KFP4J_DEBUG", "1")::get;
    CliRun run = CliRun.run(environment, withBoom(new IllegalStateException("boom")), "boom");
    assertEquals(ExitCodes.INTERNAL, run.exitCode(), run.describe());
    assertTrue(run.err().contains("\tat "), run.describe());
  }

  @Test
  void expectedFailureIsOneLineAndExitOne() {
    CliRun run = CliRun.run(name -> null, withBoom(new CommandFailedException("cannot reach the server")), "boom");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("kfp4j: cannot reach the server\n", run.err());
  }

  @Test
  void invalidSpecEscapingACommandPrintsItsProblemsAndExitsOne() {
    InvalidSpecException invalid = new InvalidSpecException(
        List.of(new SpecProblem("c.yaml", 3, 5, "inputs[0].name", "a name is required")));
    CliRun run = CliRun.run(name -> null, withBoom(invalid), "boom");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals("c.yaml:3:5: inputs[0].name: a name is required\n", run.err());
  }

  @Test
  void testsRunTheCompiledClassesNotTheShadedJar() throws URISyntaxException {
    // The executable jar (kfp4j-cli-VERSION-all.jar) is made in the package phase, after the tests; they must not
    // need it (ExecutableJarIT tests it).
    Path location = Path.of(Kfp4j.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(location), "Kfp4j was loaded from " + location + ", not from compiled classes");
    assertEquals(0, CliRun.run("--version").exitCode());
  }

  private static Consumer<CommandLine> withBoom(RuntimeException failure) {
    return cmd -> cmd.addSubcommand("boom", new Boom(failure));
  }

  /** A command that throws. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    private final RuntimeException failure;

    Boom(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }
}

package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Which top commands a call builds, and that the lazily made commands are the ones help lists. */
class TopCommandsTest {
  @Test
  void eachNameMakesTheCommandOfThatName() {
    for (String name : TopCommands.NAMES) {
      assertEquals(name, new CommandLine(TopCommands.create(name)).getCommandName());
    }
  }

  @Test
  void aCallNamingACommandBuildsOnlyThatOne() {
    assertEquals(List.of("compile"), TopCommands.needed(new String[] {"compile", "x", "-o", "run"}));
    assertEquals(List.of("run"), TopCommands.needed(new String[] {"--stacktrace", "run", "p"}));
    assertEquals(List.of("components"), TopCommands.needed(new String[] {"components", "show", "ui"}));
  }

  @Test
  void versionAloneBuildsNoneAndHelpOrErrorsBuildAll() {
    assertEquals(List.of(), TopCommands.needed(new String[] {"--version"}));
    assertEquals(List.of(), TopCommands.needed(new String[] {"-V", "--stacktrace"}));
    assertEquals(TopCommands.NAMES, TopCommands.needed(new String[] {"--version", "--help"}));
    assertEquals(TopCommands.NAMES, TopCommands.needed(new String[] {}));
    assertEquals(TopCommands.NAMES, TopCommands.needed(new String[] {"compil"}));
    assertEquals(TopCommands.NAMES, TopCommands.needed(new String[] {"--bogus", "compile"}));
  }

  @Test
  void helpListsEveryCommandAndAMistypedOneGetsASuggestion() {
    CliRun help = CliRun.run("--help");
    for (String name : TopCommands.NAMES) {
      assertTrue(help.out().contains("\n  " + name + " "), name + " not in\n" + help.out());
    }
    CliRun typo = CliRun.run("compil");
    assertEquals(ExitCodes.USAGE, typo.exitCode(), typo.describe());
    assertTrue(typo.err().contains("compile"), typo.describe());
  }

  @Test
  void theVersionLinesAreWhatPicocliPrints() {
    CliRun run = CliRun.run("--version");
    assertEquals(String.join("\n", VersionProvider.lines()) + "\n", run.out().replace("\r\n", "\n"));
  }
}

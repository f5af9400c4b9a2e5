package io.kfp4j.cli.runs;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j runs}: the runs of the embedded engine. */
@Command(
    name = "runs",
    description = "List and show the runs of the embedded engine (recorded under .kfp4j or --root).",
    commandListHeading = "%nCommands:%n",
    subcommands = {ListRunsCommand.class, ShowRunCommand.class})
public final class RunsCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

package io.kfp4j.cli.runs;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j runs}: the runs of the embedded engine, or of a KFP server with {@code --endpoint}. */
@Command(
    name = "runs",
    description = "List, show and report the runs of the embedded engine (recorded under .kfp4j or --root), or"
        + " with --endpoint (or KFP_ENDPOINT) list and show the runs of a KFP server (API v1beta1 or v2beta1: --api).",
    commandListHeading = "%nCommands:%n",
    subcommands = {ListRunsCommand.class, ShowRunCommand.class, ReportRunCommand.class})
public final class RunsCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

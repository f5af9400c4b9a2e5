package io.kfp4j.cli.experiments;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j experiments}: the experiments of a KFP server. */
@Command(
    name = "experiments",
    description = "Create, list, show and delete the experiments of a KFP server (--endpoint or KFP_ENDPOINT), through"
        + " API v1beta1 or v2beta1 (--api; default: as the server answers).",
    commandListHeading = "%nCommands:%n",
    subcommands = {CreateExperimentCommand.class, ListExperimentsCommand.class, ShowExperimentCommand.class,
        DeleteExperimentCommand.class})
public final class ExperimentsCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

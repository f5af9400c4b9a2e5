package io.kfp4j.cli.components;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j components}: the commands on component specs. */
@Command(
    name = "components",
    description = "Check and print component specs (KFP v1 component.yaml, KFP v2 component files), and make typed"
        + " Java stubs of them.",
    commandListHeading = "%nCommands:%n",
    subcommands = {ValidateCommand.class, ShowCommand.class, StubCommand.class})
public final class ComponentsCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

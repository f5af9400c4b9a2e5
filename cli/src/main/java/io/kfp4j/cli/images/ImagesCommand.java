package io.kfp4j.cli.images;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j images}: the commands on component images. */
@Command(
    name = "images",
    description = "Build the container image of a project's components (jib-core: no Dockerfile, no daemon needed).",
    commandListHeading = "%nCommands:%n",
    subcommands = {BuildCommand.class})
public final class ImagesCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

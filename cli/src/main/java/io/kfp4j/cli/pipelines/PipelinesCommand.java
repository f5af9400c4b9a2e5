package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.CommandGroup;
import io.kfp4j.cli.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j pipelines}: the pipelines uploaded to a KFP server. */
@Command(
    name = "pipelines",
    description = "Upload, list, show and delete the pipelines of a KFP server (--endpoint or KFP_ENDPOINT).",
    commandListHeading = "%nCommands:%n",
    subcommands = {UploadPipelineCommand.class, ListPipelinesCommand.class, ShowPipelineCommand.class,
        DeletePipelineCommand.class})
public final class PipelinesCommand extends CommandGroup {
  @Mixin
  HelpOption help;
}

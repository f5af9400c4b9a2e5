package io.kfp4j.cli.experiments;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.Experiment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kfp4j experiments create NAME}: kfp's get-or-create. */
@Command(name = "create", sortOptions = false,
    description = {"Create an experiment, as kfp's create_experiment: when the server (or --namespace) already has"
        + " one of that name, it is shown instead.", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j experiments create nightly --description 'Nightly training'",
      ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class CreateExperimentCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Parameters(index = "0", paramLabel = "NAME", description = "The experiment's name.")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the experiment is for.")
  String description;

  @Override
  public Integer call() {
    Experiment e = kfp.call(c -> c.createExperiment(name, description));
    kfp.print(e, out -> ExperimentLookup.print(out, e));
    return ExitCodes.OK;
  }
}

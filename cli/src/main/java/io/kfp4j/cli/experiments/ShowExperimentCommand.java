package io.kfp4j.cli.experiments;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Experiment;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kfp4j experiments show EXPERIMENT}. */
@Command(name = "show", sortOptions = false,
    description = {"Show an experiment: id, name, description, creation time, state and references.", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j experiments show nightly --output json", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class ShowExperimentCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Mixin
  ApiOption api;

  @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment's id, or its name.")
  String experiment;

  @Override
  public Integer call() {
    if (kfp.api(api) == ApiVersion.V2) {
      io.kfp4j.sdk.client.v2.Experiment e = kfp.callV2(c -> ExperimentLookup.find(experiment, c::getExperiment,
          c::experimentByName));
      kfp.print(e, out -> ShownExperiment.of(e).print(out));
    } else {
      Experiment e = kfp.call(c -> ExperimentLookup.find(experiment, c::getExperiment, c::experimentByName));
      kfp.print(e, out -> ShownExperiment.of(e).print(out));
    }
    return ExitCodes.OK;
  }
}

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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kfp4j experiments create NAME}: kfp's get-or-create. */
@Command(name = "create", sortOptions = false,
    description = {"Create an experiment, as kfp's create_experiment: when the server (or --namespace) already has"
        + " one of that name, it is shown instead. Through API v1beta1 or v2beta1 (--api; default: as the server"
        + " answers).", "",
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

  @Mixin
  ApiOption api;

  @Parameters(index = "0", paramLabel = "NAME", description = "The experiment's name.")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "What the experiment is for.")
  String description;

  @Override
  public Integer call() {
    if (kfp.api(api) == ApiVersion.V2) {
      io.kfp4j.sdk.client.v2.Experiment e = kfp.callV2(c -> c.createExperiment(name, description));
      kfp.print(e, out -> ShownExperiment.of(e).print(out));
    } else {
      Experiment e = kfp.call(c -> c.createExperiment(name, description));
      kfp.print(e, out -> ShownExperiment.of(e).print(out));
    }
    return ExitCodes.OK;
  }
}

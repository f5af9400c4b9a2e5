package io.kfp4j.cli.experiments;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Experiment;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kfp4j experiments delete EXPERIMENT}. */
@Command(name = "delete", sortOptions = false,
    description = {"Delete an experiment from the server.", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j experiments delete nightly", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class DeleteExperimentCommand implements Callable<Integer> {
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
    ShownExperiment e;
    if (kfp.api(api) == ApiVersion.V2) {
      io.kfp4j.sdk.client.v2.Experiment found = kfp.callV2(c -> ExperimentLookup.find(experiment,
          c::getExperiment, c::experimentByName));
      kfp.callV2(c -> {
        c.deleteExperiment(found.experimentId());
        return null;
      });
      e = ShownExperiment.of(found);
    } else {
      Experiment found = kfp.call(c -> ExperimentLookup.find(experiment, c::getExperiment, c::experimentByName));
      kfp.call(c -> {
        c.deleteExperiment(found.id());
        return null;
      });
      e = ShownExperiment.of(found);
    }
    kfp.print(Map.of("deleted", e.id()), out -> out.println("deleted experiment " + e.id() + "  " + e.name()));
    return ExitCodes.OK;
  }
}

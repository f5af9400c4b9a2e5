package io.kfp4j.cli.experiments;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.PageOptions;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Experiment;
import io.kfp4j.sdk.client.Page;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j experiments list}: one page of experiments. */
@Command(name = "list", sortOptions = false,
    description = {"List the experiments (of --namespace, when given), one page, newest first: id, name, created,"
        + " state.", "", "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j experiments list --page-size 50", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class ListExperimentsCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Mixin
  ApiOption api;

  @Mixin
  PageOptions paging;

  @Override
  public Integer call() {
    if (kfp.api(api) == ApiVersion.V2) {
      Page<io.kfp4j.sdk.client.v2.Experiment> page = kfp.callV2(c -> c.listExperiments(paging.query()));
      kfp.printPage("experiments", page, e -> ShownExperiment.of(e).row(), ShownExperiment.HEADERS);
    } else {
      Page<Experiment> page = kfp.call(c -> c.listExperiments(paging.query()));
      kfp.printPage("experiments", page, e -> ShownExperiment.of(e).row(), ShownExperiment.HEADERS);
    }
    return ExitCodes.OK;
  }
}

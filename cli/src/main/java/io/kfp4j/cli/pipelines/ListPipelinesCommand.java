package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.PageOptions;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kfp4j pipelines list}: one page of uploaded pipelines. */
@Command(name = "list", sortOptions = false,
    description = {"List the uploaded pipelines, one page, newest first: id, name, created, description; through API"
        + " v1beta1 or v2beta1 (--api; default: as the server answers).", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j pipelines list --output json", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class ListPipelinesCommand implements Callable<Integer> {
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
      Page<io.kfp4j.sdk.client.v2.Pipeline> page = kfp.callV2(c -> c.listPipelines(paging.query()));
      kfp.printPage("pipelines", page, p -> ShownPipeline.of(p, null).row(), ShownPipeline.HEADERS);
    } else {
      Page<Pipeline> page = kfp.call(c -> c.listPipelines(paging.query()));
      kfp.printPage("pipelines", page, p -> ShownPipeline.of(p).row(), ShownPipeline.HEADERS);
    }
    return ExitCodes.OK;
  }
}

package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Pipeline;
import io.kfp4j.sdk.client.v2.PipelineVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kfp4j pipelines show PIPELINE_ID}. */
@Command(name = "show", sortOptions = false,
    description = {"Show an uploaded pipeline: id, name, description, creation time, parameters with their"
        + " defaults, default version. Through API v1beta1 or v2beta1 (--api; default: as the server answers); for"
        + " v2beta1 the version is the newest, the parameters those its pipeline spec declares.", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j pipelines show 3f9c0e2a-...", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class ShowPipelineCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Mixin
  ApiOption api;

  @Parameters(index = "0", paramLabel = "PIPELINE_ID", description = "The pipeline's id on the server.")
  String id;

  @Override
  public Integer call() {
    if (kfp.api(api) == ApiVersion.V2) {
      io.kfp4j.sdk.client.v2.Pipeline p = kfp.callV2(c -> c.getPipeline(id));
      PipelineVersion latest = kfp.callV2(c -> c.latestPipelineVersion(id)).orElse(null);
      kfp.print(p, out -> ShownPipeline.of(p, latest).print(out));
    } else {
      Pipeline p = kfp.call(c -> c.getPipeline(id));
      kfp.print(p, out -> ShownPipeline.of(p).print(out));
    }
    return ExitCodes.OK;
  }
}

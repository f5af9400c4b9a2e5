package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.ApiVersion;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kfp4j pipelines delete PIPELINE_ID}. */
@Command(name = "delete", sortOptions = false,
    description = {"Delete an uploaded pipeline (and its versions) from the server, through API v1beta1 or v2beta1 (--api;"
        + " default: as the server answers).", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j pipelines delete 3f9c0e2a-...", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class DeletePipelineCommand implements Callable<Integer> {
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
      kfp.callV2(c -> {
        c.deletePipeline(id, true);
        return null;
      });
    } else {
      kfp.call(c -> {
        c.deletePipeline(id);
        return null;
      });
    }
    kfp.print(Map.of("deleted", id), out -> out.println("deleted pipeline " + id));
    return ExitCodes.OK;
  }
}

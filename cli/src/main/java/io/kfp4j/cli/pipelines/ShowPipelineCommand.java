package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.sdk.client.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kfp4j pipelines show PIPELINE_ID}. */
@Command(name = "show", sortOptions = false,
    description = {"Show an uploaded pipeline: id, name, description, creation time, parameters with their"
        + " defaults, default version.", "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j pipelines show 3f9c0e2a-...", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED, ExitCodes.DOC_USAGE})
public final class ShowPipelineCommand implements Callable<Integer> {
  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Parameters(index = "0", paramLabel = "PIPELINE_ID", description = "The pipeline's id on the server.")
  String id;

  @Override
  public Integer call() {
    Pipeline p = kfp.call(c -> c.getPipeline(id));
    kfp.print(p, out -> print(out, p));
    return ExitCodes.OK;
  }

  static void print(PrintWriter out, Pipeline p) {
    out.println("pipeline " + p.id() + "  " + p.name());
    if (p.description() != null && !p.description().isEmpty()) {
      out.println("  description: " + p.description());
    }
    out.println("  created:     " + p.createdAt());
    if (p.defaultVersion() != null) {
      out.println("  version:     " + p.defaultVersion().id() + "  " + p.defaultVersion().name());
    }
    if (p.parameters() != null) {
      p.parameters().forEach(param -> out.println("  param " + param.name()
          + (param.value() == null ? "" : " = " + param.value())));
    }
    if (p.error() != null && !p.error().isEmpty()) {
      out.println("  error:       " + p.error());
    }
  }
}

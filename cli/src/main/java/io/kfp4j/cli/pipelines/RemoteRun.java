package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.PipelinePackage;
import io.kfp4j.sdk.client.Run;
import io.kfp4j.sdk.client.RunDetail;
import io.kfp4j.sdk.client.RunTimeoutException;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;

/** {@code kfp4j run --endpoint}: submits the pipeline to a KFP server instead of running it here, and may wait. */
final class RemoteRun {
  private RemoteRun() {}

  /** Submits; with {@code wait}, polls until the run finishes. Returns the exit code. */
  static int submit(KfpClient kfp, PipelineGraph graph, Map<String, String> arguments, String experiment,
      Duration waitFor, PrintWriter out) {
    String host = kfp.config().host();
    try {
      Run run = kfp.createRunFromPipeline(
          PipelinePackage.ofYaml(graph.name(), graph.description(), Compiler.toYaml(graph)), arguments, null, experiment);
      out.println("run " + run.id() + " of " + graph.name() + " submitted to " + host + " (experiment "
          + kfp.experimentName(experiment) + ")");
      out.println("  " + host + "/#/runs/details/" + run.id());
      out.flush();
      if (waitFor == null) {
        return ExitCodes.OK;
      }
      RunDetail done = kfp.waitForRunCompletion(run.id(), waitFor);
      out.println("run " + run.id() + " " + done.run().status()
          + (done.run().error() == null || done.run().error().isEmpty() ? "" : ": " + done.run().error()));
      out.flush();
      return "succeeded".equalsIgnoreCase(done.run().status()) ? ExitCodes.OK : ExitCodes.FAILED;
    } catch (KfpApiException | RunTimeoutException | java.io.UncheckedIOException e) { // e.g. an unreadable token file
      throw new CommandFailedException(e.getMessage(), e);
    }
  }
}

package io.kfp4j.tooling.kfp;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.Run;
import io.kfp4j.sdk.client.RunDetail;
import io.kfp4j.sdk.ir.PipelineArguments;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.submit.ArgoPackage;
import io.kfp4j.tooling.ToolingException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** Submits a pipeline to a KFP server as a run, printing where it is, and may wait for it to finish. */
public final class RemoteRun {
  private RemoteRun() {}

  /**
   * Submits the pipeline, compiled in memory, to the experiment (created when missing).
   *
   * @param waitFor how long to wait for the run to finish, or {@code null} not to wait
   * @return whether the run succeeded, or {@code true} when not waiting
   * @throws Kfp4jException when an argument does not fit the pipeline's parameters ({@link PipelineArguments}), before
   *     anything is sent; when the server refuses or cannot be reached ({@link io.kfp4j.sdk.client.KfpApiException}),
   *     or the wait times out ({@link io.kfp4j.sdk.client.RunTimeoutException})
   */
  public static boolean submit(KfpClient kfp, PipelineGraph graph, Map<String, String> arguments, String experiment,
      Duration waitFor, Consumer<String> out) {
    PipelineArguments.resolve(graph, arguments);  // unknown, missing or badly typed: refused before submitting
    String host = kfp.config().shownHost();
    try {
      Run run = kfp.createRunFromPipeline(ArgoPackage.of(graph), arguments, null, experiment);
      out.accept("run " + run.id() + " of " + graph.name() + " submitted to " + host + " (experiment "
          + kfp.experimentName(experiment) + ")");
      out.accept("  " + host + "/#/runs/details/" + run.id());
      if (waitFor == null) {
        return true;
      }
      RunDetail done = kfp.waitForRunCompletion(run.id(), waitFor);
      out.accept("run " + run.id() + " " + done.run().status()
          + (done.run().error() == null || done.run().error().isEmpty() ? "" : ": " + done.run().error()));
      return "succeeded".equalsIgnoreCase(done.run().status());
    } catch (UncheckedIOException e) {
      throw new ToolingException(Kind.RUN_FAILED, e.getMessage(), e);
    }
  }
}

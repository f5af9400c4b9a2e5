package io.kfp4j.tooling.kfp;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.Run;
import io.kfp4j.sdk.client.v2.RunState;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.compile.SpecFiles;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

/** Submits a pipeline to a KFP 2.x server as a run of its pipeline spec (API v2beta1), and may wait for it. */
public final class RemoteRunV2 {
  private RemoteRunV2() {}

  /**
   * Compiles the pipeline to its spec in memory and runs it inline in the experiment (created when missing).
   *
   * @param arguments parameter values as KFP text, typed by {@link RuntimeParameters}
   * @param waitFor how long to wait for the run to finish, or {@code null} not to wait
   * @return whether the run succeeded, or {@code true} when not waiting
   * @throws Kfp4jException for arguments that do not fit the parameters (before anything is sent), a pipeline KFP v2
   *     cannot express, a server that refuses or cannot be reached, or a wait that times out
   */
  public static boolean submit(KfpV2Client kfp, PipelineGraph graph, Map<String, String> arguments, String experiment,
      Duration waitFor, Consumer<String> out) {
    Map<String, Object> values = RuntimeParameters.of(graph, arguments);
    String host = kfp.config().shownHost();
    try {
      Run run = kfp.createRunFromPipeline(SpecFiles.toPackage(graph), values, null, experiment);
      out.accept("run " + run.runId() + " of " + graph.name() + " submitted to " + host + " as KFP v2's pipeline spec"
          + " (experiment " + kfp.config().experimentName(experiment) + ")");
      out.accept("  " + host + "/#/runs/details/" + run.runId());
      if (waitFor == null) {
        return true;
      }
      Run done = kfp.waitForRunCompletion(run.runId(), waitFor);
      out.accept("run " + run.runId() + " " + done.state()
          + (done.error() == null || done.error().message() == null ? "" : ": " + done.error().message()));
      return done.state() == RunState.SUCCEEDED;
    } catch (UncheckedIOException e) {
      throw new ToolingException(Kind.RUN_FAILED, e.getMessage(), e);
    }
  }
}

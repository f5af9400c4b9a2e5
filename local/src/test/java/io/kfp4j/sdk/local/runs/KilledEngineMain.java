package io.kfp4j.sdk.local.runs;

import static io.kfp4j.sdk.local.runs.LocalTesting.args;

import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.testcomponents.CalcOps.AddOp;
import java.nio.file.Path;
import java.util.Map;

/**
 * The engine that {@link KilledEngineRunTest} kills: {@code KilledEngineMain ROOT MARKER} runs, with the subprocess
 * runner, a quick Java task, then a shell task that sleeps 60 s with MARKER-task on its command line (not on the engine's), then a last task.
 */
public final class KilledEngineMain {
  private KilledEngineMain() {}

  /** The pipeline: add (Java) -> sleeper (sh, 60 s) -> add-2 (Java). */
  static PipelineGraph pipeline(String marker) {
    return Pipelines.builder("killed-engine").build(p -> {
      var quick = AddOp.add(Value.of(1.0), Value.of(2.0));
      var sleeper = LocalTesting.SLEEPER.task(args("marker", marker + "-task", "seconds", "60")).after(quick);
      AddOp.add(quick.output(), Value.of(3.0)).after(sleeper);
    });
  }

  public static void main(String[] args) {
    RunResult run = LocalRunner.create().withRoot(Path.of(args[0])).withRunner(RunnerKind.SUBPROCESS)
        .withProgress(t -> System.out.println("task " + t.id() + " " + t.status()))
        .run(pipeline(args[1]), Map.of());
    System.out.println("run " + run.record().id() + " " + run.record().status());
  }
}

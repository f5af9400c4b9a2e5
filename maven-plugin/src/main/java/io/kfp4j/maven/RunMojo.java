package io.kfp4j.maven;

import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.tooling.doubles.DoubleText;
import io.kfp4j.tooling.doubles.DoublesFile;
import io.kfp4j.tooling.doubles.GivenDoubles;
import io.kfp4j.tooling.local.LocalRun;
import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs a pipeline of the project on this machine with kfp4j's embedded engine, no cluster: a log line at every task
 * state change, then each task's outputs. The run is recorded in the run store ({@code kfp4j:ui} shows it); the
 * build fails when the run does. Ctrl-C cancels the run cleanly.
 */
@Mojo(name = "run", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class RunMojo extends PipelineMojo {
  /** The pipeline's arguments as {@code NAME=VALUE,NAME=VALUE} (KFP text: 1.5, True, [1, 2]); they win over {@link #parameters}. */
  @Parameter(property = "kfp4j.params")
  String params;

  /** The pipeline's arguments in the pom: {@code <parameters><a>7</a></parameters>}. Others take their defaults. */
  @Parameter
  Map<String, String> parameters;

  /**
   * Test doubles: tasks replaced by fixed outputs, each {@code TASK:OUTPUT=VALUE,OUTPUT=VALUE} (values as KFP text;
   * {@code TASK} alone for a task without outputs), one per line or separated by {@code ;}. TASK is a task name
   * (every iteration of a loop) or a component name (all its tasks). A resource task the engine cannot run (a
   * {@code ResourceOp} other than a volume's) runs here only so. They win over {@link #doublesFile}'s for the same
   * TASK; a value holding {@code ;} or {@code ,NAME=} goes in that file.
   */
  @Parameter(property = "kfp4j.doubles")
  String doubles;

  /** Test doubles in a YAML or JSON file: {@code TASK: {OUTPUT: VALUE, ...}} (a list or mapping value as JSON). */
  @Parameter(property = "kfp4j.doublesFile")
  File doublesFile;

  /** How tasks run: {@code in-process} (in Maven's JVM), {@code subprocess} (as processes) or {@code docker}. */
  @Parameter(property = "kfp4j.runner", defaultValue = "in-process")
  String runner;

  /** The experiment the run belongs to. */
  @Parameter(property = "kfp4j.experiment", defaultValue = "Default")
  String experiment;

  /** Run every task, even when a cached result exists. */
  @Parameter(property = "kfp4j.noCache", defaultValue = "false")
  boolean noCache;

  /** How many times a graph component may call itself before its tasks fail. */
  @Parameter(property = "kfp4j.maxRecursionDepth", defaultValue = "100")
  int maxRecursionDepth = LocalRunner.DEFAULT_MAX_RECURSION_DEPTH;

  /** With the subprocess runner: start kfp4j tasks from a class data archive kept in the run store. */
  @Parameter(property = "kfp4j.classDataSharing", defaultValue = "true")
  boolean classDataSharing;

  /** The run store. Default: {@code .kfp4j} in the folder of the top-level project. */
  @Parameter(property = "kfp4j.root")
  File root;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    RunnerKind kind;
    try {
      kind = RunnerKind.fromCliName(runner == null ? "" : runner.strip());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("runner (kfp4j.runner) is \"" + runner + "\": " + e.getMessage());
    }
    Map<String, String> arguments = PipelineArguments.of(parameters, params);
    GivenDoubles fromFile = doublesFile == null ? GivenDoubles.none()
        : DoublesFile.read(doublesFile.toPath(), "doublesFile (kfp4j.doublesFile)");
    GivenDoubles stands = doubles == null ? fromFile
        : fromFile.then(DoubleText.parseAll(doubles, "doubles (kfp4j.doubles)"));
    if (nothingTo("run")) {
      return;
    }
    preparePins();
    withChosenPipeline((graph, path) -> {
      Path store = RunStoreRoot.of(root, session);
      LocalRunner local = LocalRunner.create().withRoot(store).withRunner(kind).withExperiment(experiment)
          .withCaching(!noCache).withClassDataSharing(classDataSharing).withMaxRecursionDepth(maxRecursionDepth);
      for (TaskDouble stand : stands.check(graph)) {
        local = local.withDouble(stand);
      }
      RunResult result = new LocalRun(local, path, getLog()::info)
          .run(graph, arguments, kind.cliName() + ", experiment " + experiment, path.loader());
      if (!result.succeeded()) {
        throw new MojoFailureException("run " + result.record().id() + " of " + graph.name() + " "
            + result.record().status() + (result.record().message() == null ? "" : ": " + result.record().message())
            + "; its record: " + result.runDir());
      }
    });
  }
}

package io.kfp4j.sdk.local;

import java.nio.file.Path;
import java.util.List;

/**
 * What a task execution needs from the run it belongs to.
 *
 * @param index the pipeline's shape
 * @param runDir the run's folder
 * @param state the run's record
 * @param outputs the outputs of finished tasks
 * @param cache the result cache
 * @param caching whether this run may reuse cached results
 * @param runner how tasks run
 * @param javaBinary the {@code java} that runs launcher commands
 * @param classpath the classpath that replaces the image's in launcher commands
 * @param doubles test doubles
 */
record EngineContext(PipelineIndex index, Path runDir, RunState state, Outputs outputs, TaskCache cache,
    boolean caching, TaskRunner runner, String javaBinary, String classpath, List<TaskDouble> doubles) {

  /** The double that replaces a task, matched by task name first, then component name; or {@code null}. */
  TaskDouble doubleFor(String task, String component) {
    for (TaskDouble d : doubles) {
      if (d.match().equals(task)) {
        return d;
      }
    }
    for (TaskDouble d : doubles) {
      if (d.match().equals(component)) {
        return d;
      }
    }
    return null;
  }
}

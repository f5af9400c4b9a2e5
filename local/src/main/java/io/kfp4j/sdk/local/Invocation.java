package io.kfp4j.sdk.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One attempt of a task, ready to run: the resolved command line and where it runs.
 *
 * @param taskId the task's id in the run
 * @param command the command and arguments, placeholders resolved with local paths
 * @param image the component's image (used by the Docker runner only)
 * @param env environment variables
 * @param workDir the task's folder
 * @param runDir the run's folder, which holds every path the command names
 * @param log the file that receives the task's output
 * @param timeout the deadline, or {@code null}
 * @param mounts container path to host folder, for the volumes the task mounts (Docker only)
 * @param limits resource limits as Kubernetes quantities: {@code cpu}, {@code memory} (Docker only)
 */
record Invocation(String taskId, List<String> command, String image, Map<String, String> env, Path workDir, Path runDir,
    Path log, Duration timeout, Map<String, String> mounts, Map<String, String> limits) {

  /** Without mounts or limits. */
  Invocation(String taskId, List<String> command, String image, Map<String, String> env, Path workDir, Path runDir,
      Path log, Duration timeout) {
    this(taskId, command, image, env, workDir, runDir, log, timeout, Map.of(), Map.of());
  }

  /** The same attempt with another command line. */
  Invocation withCommand(List<String> newCommand) {
    return new Invocation(taskId, newCommand, image, env, workDir, runDir, log, timeout, mounts, limits);
  }
}

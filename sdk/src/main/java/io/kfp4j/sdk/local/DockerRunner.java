package io.kfp4j.sdk.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task in its component's image: {@code docker run --rm --network none}, the run's folder mounted at the
 * same path so every resolved path holds, environment variables passed. The container is removed on timeout or
 * cancellation.
 */
final class DockerRunner implements TaskRunner {
  private final String docker;

  DockerRunner(String docker) {
    this.docker = docker;
  }

  /** Checks that the daemon answers, with a message naming the fix when it does not. */
  static void requireDaemon(String docker) {
    try {
      Process p = new ProcessBuilder(docker, "version", "--format", "{{.Server.Version}}").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new TaskStartException("the Docker daemon does not answer (" + out.lines().findFirst().orElse("")
            + "); start it (for example: dockerd --bridge=none --iptables=false --ip-masq=false) or choose another runner");
      }
    } catch (IOException e) {
      throw new TaskStartException("cannot run \"" + docker + "\" (" + e.getMessage() + "); install Docker or choose"
          + " the in-process or subprocess runner");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TaskStartException("interrupted while checking the Docker daemon");
    }
  }

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    String name = "kfp4j-" + UUID.randomUUID();
    List<String> command = new ArrayList<>(List.of(docker, "run", "--rm", "--network", "none", "--name", name,
        "-v", invocation.runDir() + ":" + invocation.runDir(), "-w", invocation.workDir().toString()));
    invocation.mounts().forEach((path, folder) -> {
      command.add("-v");
      command.add(folder + ":" + path);
    });
    for (Map.Entry<String, String> env : invocation.env().entrySet()) {
      command.add("-e");
      command.add(env.getKey() + "=" + env.getValue());
    }
    command.add("--entrypoint");
    command.add(invocation.command().get(0));
    command.add(invocation.image());
    command.addAll(invocation.command().subList(1, invocation.command().size()));
    Invocation inDocker = new Invocation(invocation.taskId(), command, invocation.image(), Map.of(),
        invocation.workDir(), invocation.runDir(), invocation.log(), invocation.timeout(), Map.of());
    try {
      Outcome outcome = new SubprocessRunner().run(inDocker);
      if (outcome.exitCode() == 125) {
        throw new TaskStartException("docker could not start image \"" + invocation.image() + "\" (exit 125; see the"
            + " task log); build or load the image first, for example with kfp4j images build");
      }
      if (outcome.timedOut()) {
        remove(name);
      }
      return outcome;
    } catch (InterruptedException e) {
      remove(name);
      throw e;
    }
  }

  private void remove(String container) {
    try {
      new ProcessBuilder(docker, "rm", "-f", container).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // best effort: the container was started with --rm
    }
  }
}

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
  public boolean runsInImage() {
    return true;
  }

  @Override
  public Outcome run(Invocation invocation) throws InterruptedException {
    String name = "kfp4j-" + UUID.randomUUID();
    List<String> command = new ArrayList<>(List.of(docker, "run", "--rm", "--pull", "never", "--network", "none",
        "--name", name,
        "-v", invocation.runDir() + ":" + invocation.runDir(), "-w", invocation.workDir().toString()));
    String cpus = invocation.limits().get("cpu");
    if (cpus != null) {
      command.add("--cpus");
      command.add(cpus.endsWith("m") ? Double.toString(Long.parseLong(cpus.substring(0, cpus.length() - 1)) / 1000.0) : cpus);
    }
    String memory = invocation.limits().get("memory");
    if (memory != null) {
      command.add("--memory");
      command.add(dockerMemory(memory));
    }
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
        invocation.workDir(), invocation.runDir(), invocation.log(), invocation.timeout());
    try {
      Outcome outcome = new SubprocessRunner().run(inDocker);
      if (outcome.exitCode() == 125) {
        throw new TaskStartException("docker could not start image \"" + invocation.image() + "\" (exit 125; see the"
            + " task log); build or load the image first");
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

  /** A Kubernetes memory quantity ({@code 512Mi}, {@code 2G}, {@code 1000000}) as docker's {@code --memory}. */
  static String dockerMemory(String quantity) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9]+)(E|Ei|P|Pi|T|Ti|G|Gi|M|Mi|K|Ki)?$").matcher(quantity);
    if (!m.matches()) {
      throw new TaskStartException("memory limit \"" + quantity + "\" is not a quantity docker understands");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2);
    long bytes = switch (unit) {
      case "K" -> n * 1000L;
      case "Ki" -> n << 10;
      case "M" -> n * 1000_000L;
      case "Mi" -> n << 20;
      case "G" -> n * 1000_000_000L;
      case "Gi" -> n << 30;
      case "T" -> n * 1000_000_000_000L;
      case "Ti" -> n << 40;
      default -> n;
    };
    return Long.toString(bytes);
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

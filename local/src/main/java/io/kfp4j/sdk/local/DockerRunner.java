package io.kfp4j.sdk.local;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task in its component's image: {@code docker run --network none}, the run's folder mounted at the same
 * path so every resolved path holds, environment variables passed. Containers are labelled with their run
 * ({@link #RUN_LABEL}) and removed once they end, after a failure's account ({@code docker inspect}: exit code, killed
 * for memory, the daemon's error) is added to the task's log; the run's {@link Watchdog} removes them when the
 * engine dies.
 */
final class DockerRunner implements TaskRunner {
  /** The label that names a container's run, for the watchdog or a later engine to remove what a dead engine left. */
  static final String RUN_LABEL = "io.kfp4j.run";

  private final String docker;
  private final Map<String, String> clientEnv;
  private final SubprocessRunner clients;

  DockerRunner(String docker) {
    this(docker, Map.of(), Watchdog.none());
  }

  /**
   * With environment variables for the docker command itself ({@code DOCKER_HOST}, say), and the run's watchdog,
   * which stops the docker clients and removes the run's containers when the engine dies.
   */
  DockerRunner(String docker, Map<String, String> clientEnv, Watchdog watchdog) {
    this.docker = docker;
    this.clientEnv = Map.copyOf(clientEnv);
    this.clients = new SubprocessRunner(watchdog);
  }

  /** The label value of a run's containers, as the watchdog filters them: {@code io.kfp4j.run=<id>}. */
  static String label(String runId) {
    return RUN_LABEL + "=" + runId;
  }

  /** Checks that the daemon answers, with a message naming the fix when it does not. */
  static void requireDaemon(String docker) {
    try {
      Process p = Spawn.start(new ProcessBuilder(docker, "version", "--format", "{{.Server.Version}}")
          .redirectErrorStream(true));
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
    List<String> command = new ArrayList<>(List.of(docker, "run", "--pull", "never", "--network", "none",
        "--name", name, "--label", label(invocation.runDir().getFileName().toString()),
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
    Map<String, String> env = new java.util.LinkedHashMap<>(clientEnv);
    env.put(SubprocessRunner.CONTAINER_ENV, name);
    Invocation inDocker = new Invocation(invocation.taskId(), command, invocation.image(), env,
        invocation.workDir(), invocation.runDir(), invocation.log(), invocation.timeout());
    try {
      Outcome outcome = clients.run(inDocker);
      if (outcome.exitCode() != 0 && !outcome.timedOut()) {
        explain(name, outcome.exitCode(), invocation.log());
      }
      if (outcome.exitCode() == 125) {
        String said = lastLine(invocation.log());
        throw new TaskStartException("docker could not start image \"" + invocation.image() + "\" (exit 125): " + said
            + (said.contains("Cannot connect to the Docker daemon") ? "; start the daemon, or point DOCKER_HOST at"
                + " a running one" : "; build or load the image first"));
      }
      return outcome;
    } finally {
      remove(name);
    }
  }

  /**
   * Adds Docker's own account of a failure to the task's log: the container's state (exit code, killed for memory,
   * the daemon's error), or, when there is no container, what docker said (no such image, no daemon).
   */
  private void explain(String container, int exitCode, java.nio.file.Path log) {
    Result state = docker(List.of("inspect", "--format",
        "exit code {{.State.ExitCode}}, OOMKilled {{.State.OOMKilled}}, error \"{{.State.Error}}\"", container));
    String note;
    if (state.code() == 0) {
      note = "docker: container " + container + " ended with " + state.out().strip()
          + (state.out().contains("OOMKilled true") ? "; it was killed for using more memory than its limit" : "")
          + (exitCode == 137 && !state.out().contains("OOMKilled true") ? "; exit 137 means it was killed (SIGKILL)" : "");
    } else {
      note = "docker run exited with " + exitCode + " and left no container " + container + " to inspect (docker"
          + " inspect said: " + state.out().strip() + ")";
    }
    TaskExecution.append(log, "kfp4j: " + note + "\n");
  }

  /** Docker's own error in the log: its last {@code docker: ...} line, else the last line it wrote. */
  private static String lastLine(java.nio.file.Path log) {
    try {
      List<String> lines = java.nio.file.Files.readAllLines(log).stream().filter(l -> !l.isBlank()
          && !l.startsWith("kfp4j: ") && !l.startsWith("Run 'docker run --help'")).toList();
      return lines.stream().filter(l -> l.startsWith("docker: ")).reduce((a, b) -> b)
          .or(() -> lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(lines.get(lines.size() - 1)))
          .map(String::strip).orElse("see the task log");
    } catch (IOException e) {
      return "see the task log";
    }
  }

  /** What a docker command printed (stdout and stderr) and its exit code. */
  private record Result(int code, String out) {}

  private Result docker(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(docker);
    command.addAll(args);
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(clientEnv);
      Process p = Spawn.start(builder);
      String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "docker " + String.join(" ", args) + " did not answer within 30 s");
      }
      return new Result(p.exitValue(), out);
    } catch (IOException e) {
      return new Result(-1, "cannot run " + docker + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }

  /** Removes the containers a dead engine left for a run (found by their label); returns how many. */
  int removeLeftovers(String runId) {
    Result found = docker(List.of("ps", "-aq", "--filter", "label=" + label(runId)));
    List<String> ids = found.code() == 0 ? found.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()
        : List.of();
    if (!ids.isEmpty()) {
      List<String> rm = new ArrayList<>(List.of("rm", "-f"));
      rm.addAll(ids);
      docker(rm);
    }
    return ids.size();
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
    docker(List.of("rm", "-f", container));
  }
}

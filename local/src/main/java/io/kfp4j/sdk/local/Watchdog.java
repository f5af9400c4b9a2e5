package io.kfp4j.sdk.local;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes a run's task processes (and containers) end with their engine, whatever their command lines: one small
 * {@code sh} per run, in a session of its own, reads from the engine the process groups of the tasks that run
 * ({@code + <pgid>} when one starts, {@code - <pgid>} when it ends, and then ends what the task left in its group
 * with SIGTERM, as Kubernetes ends a pod with its main container; {@code = done} when the run is over). Its standard input is a pipe only the engine
 * holds: when the engine dies, even by SIGKILL, the pipe closes and the watchdog kills every group still running,
 * then removes the run's labelled containers. It also looks at the engine's {@code /proc/<pid>/stat} every second
 * (gone, or a zombie), in case another process holds the pipe open. Tasks run in groups of their own through {@code setsid}, which execs
 * the command in place (no extra process). Where there is no {@code setsid} (not Linux) there is no watchdog.
 */
final class Watchdog implements AutoCloseable {
  /**
   * Reads {@code +/- pgid} lines until {@code = done} (the run is over: it ends quietly), or until its input ends or
   * the engine ({@code $3}) is seen dead (checked every second, in case something else holds the pipe open): then it
   * kills the groups left and removes the run's containers ({@code $1} a label, {@code $2} the docker command), also
   * those whose task had ended but which the engine had not removed yet.
   */
  static final String SCRIPT = String.join("\n",
      "groups=' '",
      "end() { trap '' TERM; kill -TERM 0 2>/dev/null; exit 0; }", // the watchdog's own group: its poller too
      "stop() {",
      "  for id in $groups; do kill -KILL -\"$id\" 2>/dev/null; done",
      "  if [ -n \"$1\" ]; then", // again 2 s later: a killed docker client's last request may still create one
      "    for pass in 1 2; do",
      "      for c in $(\"$2\" ps -aq --filter \"label=$1\"); do \"$2\" rm -f \"$c\" >/dev/null 2>&1; done",
      "      [ $pass = 1 ] && sleep 2",
      "    done",
      "  fi",
      "  end",
      "}",
      "trap 'stop \"$1\" \"$2\"' USR1",
      "alive() {",
      "  read -r s < /proc/$1/stat 2>/dev/null || return 1",
      "  case \"${s##*) }\" in Z*|X*) return 1 ;; esac",
      "}",
      "watching=$$",
      "( while alive \"$3\"; do sleep 1; done; kill -USR1 \"$watching\" ) &",
      "while read -r op id; do",
      "  case \"$op\" in",
      "    =) end ;;",
      "    +) groups=\"$groups$id \" ;;",
      "    -) kill -TERM -\"$id\" 2>/dev/null",
      "       case \"$groups\" in *\" $id \"*) groups=\"${groups%% $id *} ${groups#* $id }\" ;; esac ;;",
      "  esac",
      "done",
      "stop \"$1\" \"$2\"");

  private static final String SETSID = List.of("/usr/bin/setsid", "/bin/setsid").stream()
      .filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);

  private boolean enabled;
  private final String dockerLabel;
  private final String docker;
  private Process process;
  private OutputStream commands;

  private Watchdog(boolean enabled, String dockerLabel, String docker) {
    this.enabled = enabled;
    this.dockerLabel = dockerLabel;
    this.docker = docker;
  }

  /** Whether tasks can run in groups of their own, watched ({@code setsid} and {@code /bin/sh} are here). */
  static boolean available() {
    return SETSID != null && Files.isExecutable(Path.of("/bin/sh"));
  }

  /** No watchdog: tasks run as they are. */
  static Watchdog none() {
    return new Watchdog(false, null, null);
  }

  /**
   * The watchdog of a run, started with its first task process; {@code dockerLabel} ({@code io.kfp4j.run=<id>})
   * and {@code docker} name the containers to remove when the engine dies, or {@code dockerLabel} is {@code null}
   * for runners without containers.
   */
  static Watchdog of(String dockerLabel, String docker) {
    return new Watchdog(available(), dockerLabel, docker);
  }

  /**
   * The command line that runs {@code command} in a process group (and session) of its own, starting the watchdog
   * if it is not running yet; the command as it is when there is no watchdog.
   */
  synchronized List<String> inOwnGroup(List<String> command) {
    if (!enabled || !running()) {
      return command;
    }
    List<String> wrapped = new java.util.ArrayList<>(List.of(SETSID));
    wrapped.addAll(command);
    return wrapped;
  }

  /** Whether tasks run in groups of their own under this watchdog. */
  synchronized boolean watching() {
    return enabled && running();
  }

  private boolean running() {
    if (process == null) {
      try {
        process = Spawn.start(new ProcessBuilder(SETSID, "/bin/sh", "-c", SCRIPT, "kfp4j-watchdog",
            dockerLabel == null ? "" : dockerLabel, docker == null ? "docker" : docker,
            Long.toString(ProcessHandle.current().pid()))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD));
        commands = process.getOutputStream();
      } catch (IOException e) {
        return false; // tasks still run; only a SIGKILLed engine would leave them
      }
    }
    return process.isAlive();
  }

  /** Tells the watchdog a task's group runs (its leader's pid is the group's id). */
  void started(long pgid) {
    send("+ " + pgid + "\n");
  }

  /** Tells the watchdog a task's leader has ended: what it left in its group gets SIGTERM. */
  void ended(long pgid) {
    send("- " + pgid + "\n");
  }

  private synchronized void send(String line) {
    if (commands == null || !process.isAlive()) {
      return;
    }
    try {
      commands.write(line.getBytes(StandardCharsets.US_ASCII));
      commands.flush();
    } catch (IOException e) {
      // the watchdog is gone: tasks still run and are stopped by the engine itself
    }
  }

  /** Ends the watchdog once the run is over (nothing is left for it to kill). */
  @Override
  public synchronized void close() {
    if (process == null) {
      return;
    }
    enabled = false;
    send("= done\n");
    try {
      commands.close();
      process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
    } catch (IOException e) {
      process.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

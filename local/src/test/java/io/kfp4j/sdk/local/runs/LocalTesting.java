package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Source;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** What the engine tests share: the reference data, YAML components, record checks and process look-ups. */
final class LocalTesting {
  private LocalTesting() {}

  /** The KFP reference data; the tests fail, not skip, without it. */
  static Path reference() {
    String dir = System.getProperty("kfp4j.reference");
    assertNotNull(dir, "system property kfp4j.reference is not set (surefire sets it to ../shared/reference)");
    Path path = Path.of(dir);
    if (!Files.isDirectory(path)) {
      fail("the KFP reference data is missing: " + path + " (set -Dkfp4j.reference=DIR)");
    }
    return path;
  }

  /**
   * {@code sh -ec SCRIPT MARKER SECONDS}: prints, then sleeps; the shell carries the marker on its command line and
   * starts {@code sleep} as its child, so that tests can find the process tree and check that it was killed.
   */
  static final ComponentDefinition SLEEPER = shell("Sleeper",
      "echo \"$0 sleeps for $1 s\"; sleep \"$1\"; echo woke up", "marker", "seconds");

  /** The seed's Python {@code add} component, as KFP 1.8.22 wrote it; it runs with the host's python3. */
  static ComponentDefinition pythonAdd() {
    return ComponentDefinition.load(reference().resolve("kfp-sdk-outputs/add.component.yaml"));
  }

  /**
   * A shell component: {@code sh -ec SCRIPT} with the inputs and output paths as {@code $0}, {@code $1}, ... in the
   * order given. Names starting with {@code >} are outputs (their path is passed), names starting with {@code <}
   * are file inputs (their path is passed), the others are value inputs.
   */
  static ComponentDefinition shell(String name, String script, String... parameters) {
    return shellIn("kfp4j-test/busybox:1", name, script, parameters);
  }

  /** The same, in a given image (for the Docker runner). */
  static ComponentDefinition shellIn(String image, String name, String script, String... parameters) {
    return io.kfp4j.sdk.local.ShellComponents.shell(image, name, script, parameters);
  }

  /** Arguments by input name: {@code args("a", out, "b", 4.0)}; plain values become constants. */
  static Map<String, Source<?>> args(Object... pairs) {
    Map<String, Source<?>> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      map.put((String) pairs[i], v instanceof Source<?> s ? s : Value.of(v));
    }
    return map;
  }

  /** The engine with its records under {@code root}. */
  static LocalRunner runner(Path root) {
    return LocalRunner.create().withRoot(root);
  }

  /** A marker unique to one test, to find its processes. */
  static String marker(String what) {
    return "kfp4j-test-" + what + "-" + UUID.randomUUID();
  }

  /** The run, task by task, for assertion messages. */
  static String describe(RunResult run) {
    return describe(run.record());
  }

  /** The run, task by task, for assertion messages. */
  static String describe(RunRecord run) {
    StringBuilder out = new StringBuilder("run " + run.id() + " " + run.status() + " (" + run.message() + ")");
    for (TaskRecord t : run.tasks().values()) {
      out.append("\n  ").append(t.id()).append(": ").append(t.status()).append(", attempts ").append(t.attempts())
          .append(", exit ").append(t.exitCode()).append(", inputs ").append(t.inputs()).append(", outputs ")
          .append(t.outputValues()).append(t.message() == null ? "" : ", " + t.message())
          .append(t.logTail() == null ? "" : "\n    log: " + t.logTail().replace("\n", "\n    log: "));
    }
    return out.toString();
  }

  /** A task's record, failing with the whole run when it is missing. */
  static TaskRecord task(RunResult run, String id) {
    return run.task(id).orElseGet(() -> fail("no task " + id + " in " + describe(run)));
  }

  /** Asserts a task's status. */
  static TaskRecord assertTask(RunResult run, String id, TaskStatus status) {
    TaskRecord task = task(run, id);
    assertEquals(status, task.status(), "task " + id + " in " + describe(run));
    return task;
  }

  /**
   * Whether the process still runs. A killed process whose parent died too stays a zombie until init reaps it, and
   * Java counts zombies as alive; where init does not reap promptly (or at all, as in some containers) a zombie is
   * dead for these tests.
   */
  static boolean running(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String afterName = stat.substring(stat.lastIndexOf(')') + 1).strip();
      return !afterName.startsWith("Z") && !afterName.startsWith("X");
    } catch (java.io.IOException | RuntimeException e) {
      return process.isAlive(); // no /proc (not Linux), or the process just went away
    }
  }

  /** Running processes whose command line contains the marker. */
  static List<ProcessHandle> processesWith(String marker) {
    return ProcessHandle.allProcesses()
        .filter(LocalTesting::running)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)
            || p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
        .toList();
  }

  /** Waits for the process whose command line contains the marker. */
  static ProcessHandle awaitProcess(String marker, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < end) {
      List<ProcessHandle> found = processesWith(marker);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      sleep(20);
    }
    return fail("no process with " + marker + " in its command line appeared within " + limit);
  }

  /** Waits until the store's only run satisfies the condition, and returns it. */
  static RunRecord awaitRun(RunStore store, Predicate<RunRecord> condition, Duration limit, String what) {
    long end = System.nanoTime() + limit.toNanos();
    RunRecord last = null;
    while (System.nanoTime() < end) {
      try {
        Optional<RunRecord> run = store.list().stream().findFirst();
        if (run.isPresent()) {
          last = run.get();
          if (condition.test(last)) {
            return last;
          }
        }
      } catch (java.io.UncheckedIOException e) {
        // the record is being created: try again
      }
      sleep(20);
    }
    return fail(what + " did not happen within " + limit + "; last record: " + (last == null ? "none" : describe(last)));
  }

  /** Whether the run has this task with this status. */
  static Predicate<RunRecord> taskIs(String id, TaskStatus status) {
    return r -> r.tasks().containsKey(id) && r.tasks().get(id).status() == status;
  }

  /** Waits until none of the processes runs; returns those still running. */
  static List<ProcessHandle> awaitGone(List<ProcessHandle> processes, Duration limit) {
    long end = System.nanoTime() + limit.toNanos();
    List<ProcessHandle> alive = processes.stream().filter(LocalTesting::running).toList();
    while (!alive.isEmpty() && System.nanoTime() < end) {
      sleep(20);
      alive = alive.stream().filter(LocalTesting::running).toList();
    }
    return alive;
  }

  /** The process and all its descendants. */
  static List<ProcessHandle> tree(ProcessHandle process) {
    List<ProcessHandle> all = new java.util.ArrayList<>();
    all.add(process);
    all.addAll(process.descendants().toList());
    return all;
  }

  /** How each process looks, for messages. */
  static String show(List<ProcessHandle> processes) {
    return String.join("; ", processes.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList());
  }

  /** The shell of a {@link #SLEEPER} task with the marker and its {@code sleep} child, once both run. */
  static List<ProcessHandle> sleepingTree(String marker) {
    ProcessHandle shell = awaitProcess(marker, Duration.ofSeconds(10));
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < end) {
      List<ProcessHandle> tree = tree(shell);
      if (tree.stream().anyMatch(p -> p.info().commandLine().orElse("").contains("sleep"))) {
        return tree;
      }
      sleep(20);
    }
    return fail("the shell " + shell.pid() + " did not start sleep: " + show(tree(shell)));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

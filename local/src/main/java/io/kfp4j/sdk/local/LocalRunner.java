package io.kfp4j.sdk.local;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.PipelineArguments;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs pipelines on this machine, as KFP would on a cluster:
 *
 * <pre>{@code
 * RunResult run = LocalRunner.create().run(AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
 * run.output("add-2", "Output");   // "19.0"
 *
 * LocalRunner runner = LocalRunner.builder().root(Path.of("target/runs")).runner(RunnerKind.SUBPROCESS)
 *     .caching(false).build();
 * }</pre>
 *
 * Immutable: {@link #builder()} or {@link #toBuilder()} make another; each {@code withX} returns a configured copy.
 * Usable inside tests, with {@link TaskDouble}s.
 */
public final class LocalRunner {
  private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Path root;
  private final RunnerKind kind;
  private final String experiment;
  private final boolean caching;
  private final int parallelism;
  private final String classpath;
  private final List<TaskDouble> doubles;
  private final RunState.LiveListener listener;
  private final boolean sharing;
  private final int maxRecursionDepth;

  /** How many times a graph component may call itself in a run, unless {@link Builder#maxRecursionDepth} says. */
  public static final int DEFAULT_MAX_RECURSION_DEPTH = 100;

  private LocalRunner(Builder b) {
    this.root = b.root;
    this.kind = b.kind;
    this.experiment = b.experiment;
    this.caching = b.caching;
    this.parallelism = b.parallelism;
    this.classpath = b.classpath;
    this.doubles = List.copyOf(b.doubles);
    this.listener = b.listener;
    this.sharing = b.sharing;
    this.maxRecursionDepth = b.maxRecursionDepth;
  }

  /** In-process tasks, records under {@code .kfp4j/}, experiment {@code Default}, caching on, one task per core. */
  public static LocalRunner create() {
    return builder().build();
  }

  /** A builder holding {@link #create()}'s defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this runner's configuration, to change a part of it. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Records runs under another folder. */
  public LocalRunner withRoot(Path newRoot) {
    return toBuilder().root(newRoot).build();
  }

  /** Runs tasks another way. */
  public LocalRunner withRunner(RunnerKind newKind) {
    return toBuilder().runner(newKind).build();
  }

  /** Files runs under another experiment. */
  public LocalRunner withExperiment(String newExperiment) {
    return toBuilder().experiment(newExperiment).build();
  }

  /** Turns the reuse of cached results on or off for the whole run. */
  public LocalRunner withCaching(boolean enabled) {
    return toBuilder().caching(enabled).build();
  }

  /** At most this many tasks at once. */
  public LocalRunner withParallelism(int tasks) {
    return toBuilder().parallelism(tasks).build();
  }

  /** The classpath kfp4j components run with as subprocesses (default: this JVM's); entries made absolute. */
  public LocalRunner withClasspath(String newClasspath) {
    return toBuilder().classpath(newClasspath).build();
  }

  /** Class data sharing on or off, as {@link Builder#classDataSharing}. */
  public LocalRunner withClassDataSharing(boolean enabled) {
    return toBuilder().classDataSharing(enabled).build();
  }

  /** How many times a graph component may call itself, as {@link Builder#maxRecursionDepth}. */
  public LocalRunner withMaxRecursionDepth(int depth) {
    return toBuilder().maxRecursionDepth(depth).build();
  }

  /** Replaces matching tasks by a test double. */
  public LocalRunner withDouble(TaskDouble stand) {
    return toBuilder().addDouble(stand).build();
  }

  /** Calls {@code onChange} at every task state change (for progress output). */
  public LocalRunner withProgress(java.util.function.Consumer<TaskRecord> onChange) {
    return toBuilder().progress(onChange).build();
  }

  /** The folder runs are recorded under. */
  public Path root() {
    return root;
  }

  /** How tasks run. */
  public RunnerKind runner() {
    return kind;
  }

  /** The experiment runs are filed under. */
  public String experiment() {
    return experiment;
  }

  /** Whether cached results may be reused. */
  public boolean caching() {
    return caching;
  }

  /** At most this many tasks run at once. */
  public int parallelism() {
    return parallelism;
  }

  /** The classpath kfp4j components run with as subprocesses, entries absolute. */
  public String classpath() {
    return classpath;
  }

  /** Whether subprocess JVMs start from a class data archive. */
  public boolean classDataSharing() {
    return sharing;
  }

  /** The test doubles, in the order given. */
  public List<TaskDouble> doubles() {
    return doubles;
  }

  /** Configures a {@link LocalRunner}; starts from {@link LocalRunner#create()}'s defaults. */
  public static final class Builder {
    private Path root = Path.of(".kfp4j");
    private RunnerKind kind = RunnerKind.IN_PROCESS;
    private String experiment = "Default";
    private boolean caching = true;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private String classpath = absolute(System.getProperty("java.class.path"));
    private final List<TaskDouble> doubles = new ArrayList<>();
    private RunState.LiveListener listener;
    private boolean sharing = true;
    private int maxRecursionDepth = DEFAULT_MAX_RECURSION_DEPTH;

    private Builder() {}

    private Builder(LocalRunner runner) {
      root = runner.root;
      kind = runner.kind;
      experiment = runner.experiment;
      caching = runner.caching;
      parallelism = runner.parallelism;
      classpath = runner.classpath;
      doubles.addAll(runner.doubles);
      listener = runner.listener;
      sharing = runner.sharing;
      maxRecursionDepth = runner.maxRecursionDepth;
    }

    /** The folder runs are recorded under (default {@code .kfp4j}). */
    public Builder root(Path folder) {
      root = java.util.Objects.requireNonNull(folder, "root");
      return this;
    }

    /** How tasks run (default {@link RunnerKind#IN_PROCESS}). */
    public Builder runner(RunnerKind newKind) {
      kind = java.util.Objects.requireNonNull(newKind, "runner");
      return this;
    }

    /** The experiment runs are filed under (default {@code Default}). */
    public Builder experiment(String name) {
      experiment = java.util.Objects.requireNonNull(name, "experiment");
      return this;
    }

    /** Turns the reuse of cached results on or off for the whole run (default on). */
    public Builder caching(boolean enabled) {
      caching = enabled;
      return this;
    }

    /** At most this many tasks at once (default: one per core). */
    public Builder parallelism(int tasks) {
      if (tasks < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, not " + tasks);
      }
      parallelism = tasks;
      return this;
    }

    /** The classpath kfp4j components run with as subprocesses (default: this JVM's); entries made absolute. */
    public Builder classpath(String newClasspath) {
      classpath = absolute(newClasspath);
      return this;
    }

    /**
     * Turns class data sharing on or off for kfp4j components run as subprocesses (on by default): their JVMs start
     * faster from an archive of the classes they load, made by the first run on a classpath and kept under
     * {@code <root>/cds/}. The classpath's folders are then packed into jars there, as the JVM archives classes from
     * jars only. Outputs and exit codes do not depend on it.
     */
    public Builder classDataSharing(boolean enabled) {
      sharing = enabled;
      return this;
    }

    /**
     * How many times a graph component may call itself in a run ({@value LocalRunner#DEFAULT_MAX_RECURSION_DEPTH}
     * unless set): one level deeper, its tasks fail with a message naming the graph component and its condition.
     */
    public Builder maxRecursionDepth(int depth) {
      if (depth < 0) {
        throw new IllegalArgumentException("a recursion depth is 0 or more, not " + depth);
      }
      maxRecursionDepth = depth;
      return this;
    }

    /** Adds a test double that replaces matching tasks. */
    public Builder addDouble(TaskDouble stand) {
      doubles.add(java.util.Objects.requireNonNull(stand, "double"));
      return this;
    }

    /** Calls {@code onChange} at every task state change (for progress output); {@code null} for none. */
    public Builder progress(java.util.function.Consumer<TaskRecord> onChange) {
      listener = onChange == null ? null : onChange::accept;
      return this;
    }

    /** The runner. */
    public LocalRunner build() {
      return new LocalRunner(this);
    }
  }

  /** Each entry as an absolute path, since tasks run in their own folders. */
  static String absolute(String classpath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        boolean wildcard = entry.endsWith("*");
        String base = wildcard ? entry.substring(0, entry.length() - 1) : entry;
        String absolute = Path.of(base.isEmpty() ? "." : base).toAbsolutePath().normalize().toString();
        entries.add(wildcard ? absolute + java.io.File.separator + "*" : absolute);
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** The store runs are recorded in. */
  public RunStore store() {
    return new RunStore(root);
  }

  /**
   * Runs the pipeline with these arguments (Java values or KFP text), waiting for its end.
   *
   * @throws Kfp4jException ({@link Kfp4jException.Kind#INVALID_INPUT}) for unknown or missing parameters and doubles
   *     that match no task
   */
  public RunResult run(PipelineGraph graph, Map<String, ?> arguments) {
    return start(graph, arguments).await();
  }

  /**
   * Starts a run in the background and returns at once; {@link Handle#await()} waits for its end and
   * {@link Handle#cancel()} stops it.
   *
   * @throws Kfp4jException ({@link Kfp4jException.Kind#INVALID_INPUT}) for unknown or missing parameters and doubles
   *     that match no task
   */
  public Handle start(PipelineGraph graph, Map<String, ?> arguments) {
    Map<String, String> parameters = PipelineArguments.resolve(graph, arguments);
    checkDoubles(graph);
    ClusterResources.checkRunnable(graph, doubles);
    ArtifactImports.checkRunnable(graph, parameters, doubles);
    if (kind == RunnerKind.DOCKER) {
      DockerRunner.requireDaemon("docker");
    }
    RunStore store = store();
    store.stopLeftovers();
    Instant now = Instant.now();
    String id = RUN_ID.format(now) + "-" + UUID.randomUUID().toString().substring(0, 6);
    RunRecord initial = new RunRecord(id, graph.name() + " " + RUN_ID.format(now), graph.name(), experiment, parameters,
        RunStatus.RUNNING, kind.cliName(), ProcessHandle.current().pid(), now, null, null, Map.of(),
        ProcStat.startTicksOf(ProcessHandle.current().pid()));
    store.saveGraph(id, RunGraph.of(graph));
    RunState state = new RunState(store, initial, listener);
    Watchdog watchdog = Watchdog.of(kind == RunnerKind.DOCKER ? DockerRunner.label(id) : null, "docker");
    SubprocessRunner processes = new SubprocessRunner(watchdog);
    TaskRunner runner = switch (kind) {
      case SUBPROCESS -> sharing ? new SharedClassesRunner(processes, store().root().resolve("cds")) : processes;
      case DOCKER -> new DockerRunner("docker", Map.of(), watchdog);
      case IN_PROCESS -> new InProcessRunner(processes, Thread.currentThread().getContextClassLoader());
    };
    Path runDir = store.runDir(id);
    PipelineIndex index = new PipelineIndex(graph);
    EngineContext context = new EngineContext(index, runDir, state, new Outputs(graph, index, parameters),
        new TaskCache(store.root()), caching, runner, javaBinary(), classpath, doubles);
    AtomicInteger threads = new AtomicInteger();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Set<Thread> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
      Thread t = new Thread(r, "kfp4j-engine-" + threads.incrementAndGet());
      t.setDaemon(true);
      t.setContextClassLoader(loader);
      workers.add(t);
      return t;
    });
    Engine engine = new Engine(graph, context, pool, maxRecursionDepth);
    Handle handle = new Handle(engine, runner, state, pool, runDir, workers, watchdog);
    Thread thread = new Thread(handle::runToEnd, "kfp4j-run-" + id);
    thread.setContextClassLoader(loader);
    workers.add(thread);
    thread.start();
    return handle;
  }

  /** A run in progress. */
  public static final class Handle {
    /** How long {@link #cancel()} waits for running tasks to stop. */
    private static final long CANCEL_WAIT_SECONDS = 30;

    private final Engine engine;
    private final TaskRunner runner;
    private final RunState state;
    private final ExecutorService pool;
    private final Path runDir;
    private final Set<Thread> engineThreads;
    private final Watchdog watchdog;
    private final java.util.concurrent.CompletableFuture<RunResult> result = new java.util.concurrent.CompletableFuture<>();

    Handle(Engine engine, TaskRunner runner, RunState state, ExecutorService pool, Path runDir,
        Set<Thread> engineThreads, Watchdog watchdog) {
      this.watchdog = watchdog;
      this.engine = engine;
      this.runner = runner;
      this.state = state;
      this.pool = pool;
      this.runDir = runDir;
      this.engineThreads = engineThreads;
    }

    /** The run's id. */
    public String runId() {
      return state.snapshot().id();
    }

    /** Runs the pipeline to its end, on the run's own thread. */
    void runToEnd() {
      try {
        boolean ok = engine.run();
        finishRunner();
        if (engine.cancelled()) {
          state.finish(RunStatus.CANCELLED, "cancelled");
        } else {
          state.finish(ok ? RunStatus.SUCCEEDED : RunStatus.FAILED, ok ? null : failure(state));
        }
        result.complete(new RunResult(state.snapshot(), runDir));
      } catch (RuntimeException | Error e) {
        try {
          state.finish(RunStatus.FAILED, "kfp4j: the engine failed: " + e);
        } catch (RuntimeException ignored) {
          // the record cannot be written either: the caller gets the first error
        }
        result.completeExceptionally(e);
      } finally {
        pool.shutdownNow();
        state.close();
        watchdog.close();
      }
    }

    /** Waits for the runner's work after the last task (a class data archive being made), unless interrupted. */
    private void finishRunner() {
      try {
        runner.finish();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Waits for the end of the run and returns the result (at once when it has ended). */
    public RunResult await() {
      try {
        return result.join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }

    /**
     * Stops the run: running tasks and their processes are killed, the rest never start, the record says
     * cancelled. Returns once the run has stopped (waiting at most 30 s for tasks to die); a run that has ended
     * is left as it is.
     */
    public void cancel() {
      if (result.isDone()) {
        return;
      }
      engine.cancel();
      if (engineThreads.contains(Thread.currentThread())) {
        return; // called from a task or progress callback: the run stops after this thread returns
      }
      try {
        result.get(CANCEL_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        // the engine failed; await() reports it
      } catch (java.util.concurrent.TimeoutException e) {
        state.finish(RunStatus.CANCELLED, "cancelled; some tasks did not stop within " + CANCEL_WAIT_SECONDS + " s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        state.finish(RunStatus.CANCELLED, "cancelled");
      }
    }

    private static String failure(RunState state) {
      return state.tasks().values().stream().filter(t -> t.status() == TaskStatus.FAILED)
          .map(t -> "task " + t.id() + " failed: " + t.message()).findFirst().orElse("a task failed");
    }
  }

  private void checkDoubles(PipelineGraph graph) {
    for (TaskDouble d : doubles) {
      boolean matches = graph.tasks().values().stream()
          .anyMatch(t -> t.name().equals(d.match()) || t.component().spec().nameOrDefault().equals(d.match()));
      if (!matches) {
        throw new Kfp4jException(Kind.INVALID_INPUT, "the test double for \"" + d.match() + "\" matches no task of"
            + " pipeline \"" + graph.name() + "\"; its tasks are: " + String.join(", ", graph.tasks().keySet())
            + " (a double matches a task name or a component name)", null, Kfp4jException.facts(Fact.PIPELINE,
            graph.name(), Fact.TASK, d.match()), null);
      }
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}

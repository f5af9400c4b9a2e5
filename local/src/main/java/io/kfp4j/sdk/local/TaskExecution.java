package io.kfp4j.sdk.local;

import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.resolve.PathScheme;
import io.kfp4j.runtime.resolve.ResolutionException;
import io.kfp4j.runtime.resolve.ResolvedCommandLine;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.CacheStaleness;
import io.kfp4j.sdk.task.EnvVar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one task instance: reads its arguments, lays out its input and output files, resolves its command line
 * with the runtime's resolver, then runs it (or reuses a cached result, or a test double) with retries and its
 * timeout, and records every step.
 */
final class TaskExecution {
  private static final int LOG_TAIL_LINES = 20;
  private static final int MAX_RECORDED_VALUE = 4096;

  private final EngineContext engine;
  private final TaskNode node;
  private final Scope scope;
  private final String id;
  private final Path dir;

  TaskExecution(EngineContext engine, TaskNode node, Scope scope) {
    this.engine = engine;
    this.node = node;
    this.scope = scope;
    this.id = scope.instanceId(node.name(), engine.index().loopsOf(node.name()));
    this.dir = RunStore.taskDir(engine.runDir(), id);
  }

  String id() {
    return id;
  }

  /** Runs the task; returns whether it succeeded (or was cached). */
  boolean run() throws InterruptedException {
    ComponentSpec spec = node.component().spec();
    engine.state().task(id, r -> r, TaskRecord.pending(id, node.name(), spec.nameOrDefault()));
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Path> inputFiles = new LinkedHashMap<>();
    Map<String, Path> outputPaths = new LinkedHashMap<>();
    try {
      prepare(spec, values, inputFiles, outputPaths);
    } catch (Outputs.UpstreamMissingException e) {
      engine.state().task(id, r -> r.with(TaskStatus.SKIPPED, e.getMessage()), null);
      return false;
    }
    Map<String, String> arguments = arguments(values, inputFiles); // values, and file inputs by their path
    engine.state().task(id, r -> r.started(arguments), null);

    TaskDouble stand = engine.doubleFor(node.name(), spec.nameOrDefault());
    if (stand != null) {
      return finishWithDouble(stand, values, outputPaths);
    }
    if (node.resource() != null) {
      return createResource(outputPaths);
    }
    if (node.importer() != null) {
      return importArtifact(values.get(ArtifactImport.URI_INPUT), outputPaths.get(ArtifactImport.OUTPUT));
    }
    String fixed = FixedPaths.refusal(node);
    if (fixed != null) {
      return fail(null, fixed);
    }
    ResolvedCommandLine line;
    try {
      line = CommandLineResolver.resolve(spec, arguments, scheme(inputFiles, outputPaths));
    } catch (ResolutionException e) {
      return fail(null, e.getMessage());
    }
    String cacheKey = null;
    if (cachingAllowed()) {
      cacheKey = TaskCache.key(node.component().digest(), values, inputFiles);
      var hit = engine.cache().restore(cacheKey, outputPaths, node.settings().cacheStaleness().orElse(null));
      if (hit.isPresent()) {
        return succeed(TaskStatus.CACHED, hit.get().outputs(), null, "reused the cached result " + cacheKey.substring(0, 12)
            + (hit.get().origin() == null ? "" : " of run " + hit.get().origin().run() + ", task " + hit.get().origin().task()),
            hit.get().origin());
      }
    }
    return attempt(line, outputPaths, cacheKey);
  }

  private void prepare(ComponentSpec spec, Map<String, String> values, Map<String, Path> inputFiles,
      Map<String, Path> outputPaths) {
    Set<String> byPath = pathInputs(spec);
    for (InputSpec input : spec.inputs()) {
      ArgumentValue argument = node.arguments().get(input.name());
      if (argument == null) {
        input.defaultText().ifPresent(d -> values.put(input.name(), d));
        if (input.defaultText().isPresent() && byPath.contains(input.name())) {
          inputFiles.put(input.name(), writeInput(input.name(), input.defaultText().get()));
        }
        continue;
      }
      if (byPath.contains(input.name())) {
        inputFiles.put(input.name(), argument instanceof ArgumentValue.OutputRef o
            ? engine.outputs().file(o, scope) : writeInput(input.name(), engine.outputs().text(argument, scope)));
      } else {
        values.put(input.name(), engine.outputs().text(argument, scope));
      }
    }
    for (OutputSpec output : spec.outputs()) {
      outputPaths.put(output.name(), OutputPromotion.staging(dir).resolve(KfpNames.fileName(output.name())).resolve("data"));
    }
  }

  private static Set<String> pathInputs(ComponentSpec spec) {
    return spec.container().map(c -> c.inputPathNames()).orElse(Set.of());
  }

  private Path writeInput(String name, String text) {
    Path file = dir.resolve("inputs").resolve(KfpNames.fileName(name)).resolve("data");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write input " + file + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> arguments(Map<String, String> values, Map<String, Path> files) {
    Map<String, String> arguments = new LinkedHashMap<>(values);
    files.forEach((name, path) -> arguments.put(name, path.toString()));
    return arguments;
  }

  private static PathScheme scheme(Map<String, Path> inputFiles, Map<String, Path> outputPaths) {
    return new PathScheme() {
      @Override
      public String inputPath(String inputName) {
        return inputFiles.get(inputName).toString();
      }

      @Override
      public String outputPath(String outputName) {
        return outputPaths.get(outputName).toString();
      }
    };
  }

  /**
   * Whether a cached result may be reused at all: caching on for the engine and the task, a staleness other than zero
   * ({@code P0D}), and not a {@linkplain io.kfp4j.runtime.spec.MetadataSpec#isVolatile() volatile} component.
   */
  private boolean cachingAllowed() {
    var settings = node.settings();
    return engine.caching() && settings.caching()
        && !settings.cacheStaleness().map(CacheStaleness::neverReuse).orElse(false)
        && !node.component().spec().metadata().isVolatile();
  }

  private boolean attempt(ResolvedCommandLine line, Map<String, Path> outputPaths, String cacheKey)
      throws InterruptedException {
    var retry = node.settings().retry();
    int attempts = 1 + (retry == null || !retriesFailedPrograms(retry.policy()) ? 0 : retry.limit());
    Path log = dir.resolve(RunStore.LOG_FILE);
    List<String> command = localCommand(line.commandLine());
    Duration timeout = node.settings().timeoutSeconds() == null ? null : Duration.ofSeconds(node.settings().timeoutSeconds());
    String failure = null;
    Integer exitCode = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        Thread.sleep(Backoff.before(retry, attempt - 1).toMillis());
      }
      int number = attempt;
      engine.state().task(id, r -> r.attempt(number), null);
      prepareOutputs(outputPaths);
      append(log, attempt > 1 ? "\n--- attempt " + attempt + " of " + attempts + " ---\n" : "");
      TaskRunner.Outcome outcome;
      try {
        outcome = engine.runner().run(new Invocation(id, command, image(), env(), dir, engine.runDir(), log, timeout,
            volumeMounts(log), limits()));
      } catch (TaskStartException e) {
        return fail(null, e.getMessage());
      }
      exitCode = outcome.exitCode();
      if (outcome.timedOut()) {
        failure = "timed out after " + timeout.toSeconds() + " s; the process tree was killed";
      } else if (outcome.exitCode() != 0) {
        failure = "exited with code " + outcome.exitCode();
      } else {
        String missing = outputPaths.entrySet().stream().filter(e -> !Files.exists(e.getValue())).map(Map.Entry::getKey)
            .findFirst().orElse(null);
        if (missing == null) {
          if (cacheKey != null) {
            engine.cache().store(cacheKey, outputPaths, new TaskRecord.CacheOrigin(engine.runDir().getFileName().toString(), id));
          }
          return succeed(TaskStatus.SUCCEEDED, outputPaths, exitCode, null, null);
        }
        failure = "exited with code 0 but did not write its output \"" + missing + "\"";
      }
    }
    return fail(exitCode, failure + (attempts > 1 ? " (after " + attempts + " attempts)" : ""));
  }

  /**
   * Whether a retry policy retries a program that failed, as Argo's: {@code Always} and {@code OnFailure} (the default)
   * do; {@code OnError} and {@code OnTransientError} retry only errors of the system, never a failed program.
   */
  static boolean retriesFailedPrograms(String policy) {
    return policy == null || policy.equals("Always") || policy.equals("OnFailure");
  }

  /**
   * The command as it runs here: the launcher with this JVM's java and the project's classpath, without the image's
   * class data archive; in Docker, the command as written, since the component's image holds java and the classpath.
   */
  private List<String> localCommand(List<String> command) {
    if (!InProcessRunner.isLauncher(command) || engine.runner().runsInImage()) {
      return command;
    }
    List<String> local = new ArrayList<>(command);
    if (local.get(0).equals("java")) {
      local.set(0, engine.javaBinary());
    }
    int cp = local.indexOf(LauncherCommand.IMAGE_CLASSPATH);
    if (cp >= 0) {
      local.set(cp, engine.classpath());
      // the image's class data archive is not here, and a missing one turns off the JDK's own archive too
      local.remove(LauncherCommand.ARCHIVE_OPTION);
    }
    return local;
  }

  private Map<String, String> env() {
    Map<String, String> env = new LinkedHashMap<>();
    node.component().spec().container().ifPresent(c -> env.putAll(c.env()));
    for (EnvVar var : node.settings().env()) {
      if (var instanceof EnvVar.Plain p) {
        env.put(p.name(), p.value());
      } else if (var instanceof EnvVar.Given g) {
        env.put(g.name(), settings().text(g.value()));
      } else if (var instanceof EnvVar.FromField f) {
        PodFields fields = new PodFields(engine.runDir().getFileName().toString(), id, cachingAllowed(), node.settings());
        fields.value(f.fieldPath()).ifPresent(value -> env.put(f.name(), value));
      }
      // a secret's or config map's key is not here: such a variable stays unset (see the README)
    }
    return env;
  }

  /** The image: a raw container's given at run time, read now, else the component's. */
  private String image() {
    var raw = node.rawContainer();
    return raw != null && raw.image() != null ? settings().text(raw.image())
        : node.component().spec().container().orElseThrow().image();
  }

  /** Fresh output folders, without what an earlier attempt left. */
  private void prepareOutputs(Map<String, Path> outputPaths) {
    try {
      Files.createDirectories(dir);
      for (Path path : outputPaths.values()) {
        Files.createDirectories(path.getParent());
        TaskCache.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the outputs of task " + id + ": " + e.getMessage(), e);
    }
  }

  /**
   * A resource task here: a volume claim or snapshot becomes a folder of the run ({@link ClusterResources}), which
   * the Docker runner mounts where tasks mount the claim; its outputs are what KFP's resource template reports.
   * Other resource tasks never get here: the run is refused before it starts unless a double stands in for them.
   */
  private boolean createResource(Map<String, Path> outputPaths) {
    ClusterResources.Emulated created = ClusterResources.create(node.resource(), settings(), engine.runDir());
    try {
      for (Map.Entry<String, Path> output : outputPaths.entrySet()) {
        Files.createDirectories(output.getValue().getParent());
        Files.writeString(output.getValue(), created.outputs().getOrDefault(output.getKey(), ""),
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outputs of task " + id + ": " + e.getMessage(), e);
    }
    return succeed(TaskStatus.SUCCEEDED, outputPaths, null, created.done(), null);
  }

  private boolean importArtifact(String uri, Path output) {
    String done;
    try {
      done = ArtifactImports.importTo(node, uri, output);
    } catch (IllegalArgumentException e) {
      return fail(null, e.getMessage());
    }
    return succeed(TaskStatus.SUCCEEDED, Map.of(ArtifactImport.OUTPUT, output), null, done, null);
  }

  /** CPU and memory limits with run-time values filled in, for the Docker runner. */
  private Map<String, String> limits() {
    Map<String, String> limits = new LinkedHashMap<>();
    node.settings().resources().limits().forEach((resource, value) -> {
      if (resource.equals("cpu") || resource.equals("memory")) {
        limits.put(resource, settings().text(value));
      }
    });
    return limits;
  }

  private SettingValues settings() {
    return new SettingValues(engine.outputs(), scope);
  }

  /** Mount path to host folder, for the Docker runner; other runners cannot mount and say so in the log. */
  private Map<String, String> volumeMounts(Path log) {
    Map<String, String> mounts = new LinkedHashMap<>();
    var settings = node.settings();
    for (var mount : settings.volumeMounts()) {
      var volume = settings.volumes().stream().filter(v -> v.name().equals(mount.name())).findFirst().orElse(null);
      String claim = volume == null ? null : settings().claimName(volume);
      if (claim == null) {
        append(log, "kfp4j: volume " + mount.name() + " is not a persistent volume claim; it is not mounted here\n");
        continue;
      }
      Path folder = engine.runDir().resolve("volumes").resolve(claim);
      try {
        Files.createDirectories(folder);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      mounts.put(mount.mountPath(), folder.toString());
    }
    if (!mounts.isEmpty() && !engine.runner().runsInImage()) {
      append(log, "kfp4j: only the docker runner mounts volumes; " + String.join(", ", mounts.keySet())
          + " is not mounted for this task (its folder is " + String.join(", ", mounts.values()) + ")\n");
    }
    return mounts;
  }

  private boolean finishWithDouble(TaskDouble stand, Map<String, String> values, Map<String, Path> outputPaths) {
    Map<String, String> produced = stand.outputs().apply(Map.copyOf(values));
    for (Map.Entry<String, Path> output : outputPaths.entrySet()) {
      String text = produced.get(output.getKey());
      if (text == null) {
        return fail(null, "the test double for \"" + stand.match() + "\" gave no output \"" + output.getKey()
            + "\"; it gave: " + produced.keySet());
      }
      try {
        Files.createDirectories(output.getValue().getParent());
        Files.writeString(output.getValue(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return succeed(TaskStatus.SUCCEEDED, outputPaths, 0, "replaced by a test double", null);
  }

  private boolean succeed(TaskStatus status, Map<String, Path> written, Integer exitCode, String message,
      TaskRecord.CacheOrigin origin) {
    Map<String, Path> outputs = OutputPromotion.promote(dir, written);
    engine.outputs().put(id, outputs);
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    outputs.forEach((name, path) -> {
      files.put(name, path.toString());
      readSmallText(path).ifPresent(t -> texts.put(name, t));
    });
    engine.state().task(id, r -> r.succeeded(status, files, texts, exitCode, message, origin), null);
    return true;
  }

  private boolean fail(Integer exitCode, String message) {
    String full = StoreSpace.shortage(engine.runDir());
    OutputPromotion.discard(dir);
    if (full != null) {
      message = message + " (" + full + ")";
    }
    String why = message;
    String tail = logTail(dir.resolve(RunStore.LOG_FILE));
    engine.state().task(id, r -> r.failed(exitCode, why, tail), null);
    return false;
  }

  private static java.util.Optional<String> readSmallText(Path path) {
    try {
      if (Files.isRegularFile(path) && Files.size(path) <= MAX_RECORDED_VALUE) {
        return java.util.Optional.of(Files.readString(path, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // not text: keep the path only
    }
    return java.util.Optional.empty();
  }

  private static String logTail(Path log) {
    try {
      if (!Files.exists(log)) {
        return null;
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return null;
    }
  }

  /** Appends text to a task's log, creating it (the engine's and the runners' notes). */
  static void append(Path log, String text) {
    try {
      Files.createDirectories(log.getParent());
      Files.writeString(log, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the task log " + log + ": " + e.getMessage(), e);
    }
  }
}

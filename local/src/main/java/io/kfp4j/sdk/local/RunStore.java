package io.kfp4j.sdk.local;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The runs kept under a root folder: {@code <root>/runs/<id>/run.json}, beside each task's folder with its inputs,
 * outputs and log. {@code run.json} is replaced atomically, so a reader never sees half of it.
 */
public final class RunStore {
  static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new SimpleModule().addSerializer(Instant.class, new JsonSerializer<Instant>() {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
          gen.writeString(value.toString());
        }
      }).addDeserializer(Instant.class, new JsonDeserializer<Instant>() {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          return Instant.parse(p.getValueAsString());
        }
      }))
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private final Path root;

  /**
   * Starts making, on a daemon thread, what the first write of a run's record and graph needs (Jackson's serializers
   * for them, found by reflection: much of a short run's cost at a cold start), so that a run started meanwhile does
   * not wait for it: {@code kfp4j run} calls it first. Calling it again costs a thread that finds them made.
   */
  public static void prepareInBackground() {
    Thread thread = new Thread(RunStore::prepare, "kfp4j-run-store-prepare");
    thread.setDaemon(true);
    thread.start();
  }

  /** Writes, to nothing, a record and a graph with every field set: Jackson then has all the serializers made. */
  private static void prepare() {
    Instant at = Instant.EPOCH;
    Map<String, String> values = Map.of("a", "1");
    TaskRecord task = new TaskRecord("t", "t", "c", TaskStatus.SUCCEEDED, 1, at, at, values, values, values, 0, "m",
        "l", new TaskRecord.CacheOrigin("r", "t"));
    RunRecord run = new RunRecord("r", "r", "p", "e", values, RunStatus.SUCCEEDED, "in-process", 1, at, at, "m",
        Map.of("t", task), 1L);
    RunGraph graph = new RunGraph(List.of(new RunGraph.Node("t", "c", "g", false)),
        List.of(new RunGraph.Edge("t", "o", "t", "i")), List.of(new RunGraph.Box("g", RunGraph.Kind.LOOP, "l", null)));
    try {
      JSON.writeValue(OutputStream.nullOutputStream(), run);
      JSON.writeValue(OutputStream.nullOutputStream(), graph);
    } catch (IOException | RuntimeException e) {
      // the first write makes them, and reports what fails
    }
  }

  /** The store under a root folder (created when the first run is written). */
  public RunStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The default store: {@code .kfp4j/} in the working directory. */
  public static RunStore defaultStore() {
    return new RunStore(Path.of(".kfp4j"));
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** The folder of a run. */
  public Path runDir(String runId) {
    return root.resolve("runs").resolve(runId);
  }

  /** The name of a run's record in its folder. */
  public static final String RECORD_FILE = "run.json";

  /** The name of a task's log in its folder. */
  public static final String LOG_FILE = "log.txt";

  /**
   * Where a file a task wrote while it ran is once the task has succeeded: a task writes its outputs into
   * {@code tasks/<id>/outputs.partial/}, renamed to {@code outputs/} when it succeeds, so a path the task recorded
   * (in its UI metadata, say) names the staging folder. Other paths are returned unchanged.
   */
  public static Path promotedPath(Path written) {
    return OutputPromotion.afterPromotion(written);
  }


  /**
   * The folder of a task in a run's folder, holding its inputs, outputs and log: its id, with a loop iteration's
   * indices as dotted parts ({@code print[2][0]} in {@code tasks/print.2.0}).
   */
  public static Path taskDir(Path runDir, String taskId) {
    return runDir.resolve("tasks").resolve(taskId.replace('[', '.').replace("]", ""));
  }

  /** The log of a task of a run. */
  public Path taskLog(String runId, String taskId) {
    return taskDir(runDir(runId), taskId).resolve(LOG_FILE);
  }

  /** Moves a finished temporary file over its target, atomically where the file system can. */
  static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes a run's record atomically. */
  public synchronized void save(RunRecord run) {
    Path dir = runDir(run.id());
    try {
      Files.createDirectories(dir);
      Path temp = dir.resolve("run.json.tmp");
      try {
        JSON.writeValue(temp.toFile(), run);
        replace(temp, dir.resolve(RECORD_FILE));
      } finally {
        Files.deleteIfExists(temp); // half of a record that could not be written (a full disk): the last one stays
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of run " + run.id() + " in the run store " + root + " ("
          + dir + "): " + StoreSpace.reason(e), e);
    }
  }

  /** A run by id (or a unique prefix of it), as seen now; a record that does not read is an error. */
  public Optional<RunRecord> find(String runId) {
    Optional<StoredRun> found = locate(runId);
    if (found.isPresent() && found.get() instanceof StoredRun.Unreadable bad) {
      throw new UncheckedIOException(new IOException(bad.problem()));
    }
    return found.map(r -> ((StoredRun.Readable) r).run());
  }

  /** A run folder by id (or a unique prefix of it, matched on folder names), readable or not. */
  public Optional<StoredRun> locate(String runId) {
    if (isRunId(runId) && Files.isDirectory(runDir(runId))) {
      return Optional.of(load(runDir(runId)));
    }
    List<Path> matches = runDirs().stream().filter(d -> d.getFileName().toString().startsWith(runId)).toList();
    return matches.size() == 1 ? Optional.of(load(matches.get(0))) : Optional.empty();
  }

  /** Every readable run, newest first, as seen now; see {@link #scan()} for the unreadable ones too. */
  public List<RunRecord> list() {
    return StoredRun.readable(scan());
  }

  /** Every run folder, newest first: one that does not read is listed with its problem, never dropped. */
  public List<StoredRun> scan() {
    List<StoredRun> out = new ArrayList<>();
    for (Path dir : runDirs()) {
      out.add(load(dir));
    }
    out.sort(Comparator.comparing(StoredRun::time).reversed().thenComparing(StoredRun::id));
    return out;
  }

  /** The run folders, unread (a folder's name is its run's id; its record is {@link #RECORD_FILE}). */
  public List<Path> runDirs() {
    Path runs = root.resolve("runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(runs)) {
      return dirs.filter(Files::isDirectory).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list runs in " + runs + ": " + e.getMessage(), e);
    }
  }

  /**
   * Stops what dead engines left running: the task processes and containers of every run whose engine died while
   * tasks ran (checked by pid and start time). Reading such a run ({@link #find}, {@link #scan}) does the same for
   * that run; an engine does it for the whole store when it starts.
   */
  public void stopLeftovers() {
    for (Path dir : runDirs()) {
      if (TaskProcess.any(dir)) {
        load(dir);
      }
    }
  }

  /** Whether text can be a run's id: a plain folder name, so that it never reaches outside the store. */
  public static boolean isRunId(String text) {
    return text != null && text.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  }

  /** Writes the shape of a run's pipeline ({@code graph.json}) beside its record. */
  public void saveGraph(String runId, RunGraph graph) {
    Path dir = runDir(runId);
    try {
      Files.createDirectories(dir);
      Path temp = dir.resolve("graph.json.tmp");
      JSON.writeValue(temp.toFile(), graph);
      replace(temp, dir.resolve("graph.json"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the graph of run " + runId + " in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The shape of a run's pipeline, when it was recorded and reads. */
  public Optional<RunGraph> graph(String runId) {
    Path file = runDir(runId).resolve("graph.json");
    try {
      return Files.isRegularFile(file) ? Optional.ofNullable(JSON.readValue(file.toFile(), RunGraph.class))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static StoredRun load(Path dir) {
    String id = dir.getFileName().toString();
    Path file = dir.resolve(RECORD_FILE);
    if (!Files.isRegularFile(file)) {
      String problem = Files.exists(dir.resolve("run.json.tmp"))
          ? file + ": the record was never completed (only run.json.tmp was written); the engine stopped while writing it"
          : file + ": missing; this folder holds no run record";
      return new StoredRun.Unreadable(id, file, problem, modified(dir));
    }
    try {
      RunRecord run = JSON.readValue(file.toFile(), RunRecord.class);
      if (run == null) {
        return new StoredRun.Unreadable(id, file, file + ": not a valid run record (it holds null); it may be"
            + " half-written or corrupt", modified(file));
      }
      String missing = run.id() == null ? "id" : run.status() == null ? "status" : run.startedAt() == null ? "startedAt"
          : run.tasks() == null ? "tasks" : run.parameters() == null ? "parameters" : null;
      if (missing != null) {
        return new StoredRun.Unreadable(id, file, file + ": field \"" + missing + "\" is missing; the record is"
            + " incomplete", modified(file));
      }
      RunRecord seen = run.asSeenNow();
      if (seen.status() == RunStatus.INTERRUPTED && TaskProcess.any(dir)) {
        TaskProcess.reap(dir, RunnerKind.DOCKER.cliName().equals(seen.runner()));
      }
      return new StoredRun.Readable(seen);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var at = e.getLocation();
      return new StoredRun.Unreadable(id, file, file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
          + ": not a valid run record (" + e.getOriginalMessage() + "); it may be half-written or corrupt",
          modified(file));
    } catch (IOException e) {
      return new StoredRun.Unreadable(id, file, file + ": cannot be read: " + e.getMessage(), modified(file));
    }
  }

  private static Instant modified(Path path) {
    try {
      return Files.getLastModifiedTime(path).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}

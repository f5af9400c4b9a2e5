package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RunStore.scan lists every run folder, readable or not, newest first; find, isRunId and graph.json round trips. */
class RunStoreScanTest {
  static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  @TempDir
  Path root;
  RunStore store;

  @BeforeEach
  void store() {
    store = new RunStore(root);
  }

  static RunRecord run(String id, Instant startedAt, RunStatus status) {
    Map<String, TaskRecord> tasks = new LinkedHashMap<>();
    tasks.put("make", new TaskRecord("make", "make", "Make", TaskStatus.SUCCEEDED, 1, startedAt,
        startedAt.plusSeconds(1), Map.of("n", "3"), Map.of("out", "/x/runs/" + id + "/tasks/make/outputs/out/data"),
        Map.of("out", "9"), 0, null, "done\n", null));
    tasks.put("copy[0]", new TaskRecord("copy[0]", "copy", "Copy", TaskStatus.CACHED, 0, startedAt, startedAt,
        Map.of(), Map.of(), Map.of(), null, "from the cache", null, new TaskRecord.CacheOrigin("older", "copy[0]")));
    return new RunRecord(id, "pipe " + id, "pipe", "Default", Map.of("n", "3"), status, "in-process",
        ProcessHandle.current().pid(), startedAt, status.isFinal() ? startedAt.plusSeconds(2) : null, null, tasks);
  }

  Path runJson(String id, String text, Instant modified) throws IOException {
    Path dir = Files.createDirectories(root.resolve("runs").resolve(id));
    Path file = dir.resolve("run.json");
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  StoredRun.Unreadable unreadable(String id) {
    StoredRun found = store.scan().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    return assertInstanceOf(StoredRun.Unreadable.class, found, () -> id + " read as " + found);
  }

  /** A store with no runs folder scans as empty, and lists nothing. */
  @Test
  void anEmptyStoreHasNoRuns() {
    assertEquals(List.of(), store.scan());
    assertEquals(List.of(), store.list());
    assertEquals(Optional.empty(), store.locate("anything"));
  }

  /** Readable and unreadable runs are all listed, newest first (unreadable ones by their file's time), none dropped. */
  @Test
  void scanListsEveryFolderNewestFirst() throws IOException {
    store.save(run("r-old", T0, RunStatus.SUCCEEDED));
    store.save(run("r-new", T0.plusSeconds(5000), RunStatus.FAILED));
    runJson("truncated", "{\"id\": \"truncated\",\n  \"name\": \"half", T0.plusSeconds(4000));
    runJson("empty-object", "{}", T0.plusSeconds(3000));
    Path unfinished = Files.createDirectories(root.resolve("runs/unfinished"));
    Files.writeString(unfinished.resolve("run.json.tmp"), "{\"id\": \"unfin");
    Files.setLastModifiedTime(unfinished, FileTime.from(T0.plusSeconds(2000)));
    Path nothing = Files.createDirectories(root.resolve("runs/nothing"));
    Files.setLastModifiedTime(nothing, FileTime.from(T0.plusSeconds(1000)));
    Files.writeString(root.resolve("runs/stray-file.txt"), "not a run folder");

    List<StoredRun> scanned = store.scan();
    assertEquals(List.of("r-new", "truncated", "empty-object", "unfinished", "nothing", "r-old"),
        scanned.stream().map(StoredRun::id).toList());
    assertEquals(List.of(true, false, false, false, false, true),
        scanned.stream().map(r -> r instanceof StoredRun.Readable).toList());
    assertEquals(List.of("r-new", "r-old"), store.list().stream().map(RunRecord::id).toList());
    assertEquals(T0.plusSeconds(4000), unreadable("truncated").time());
    assertEquals(root.resolve("runs/truncated/run.json"), unreadable("truncated").file());
  }

  /** Runs started at the same instant are ordered by id, so the listing is stable. */
  @Test
  void ties() {
    store.save(run("b", T0, RunStatus.SUCCEEDED));
    store.save(run("a", T0, RunStatus.SUCCEEDED));
    store.save(run("c", T0, RunStatus.SUCCEEDED));
    assertEquals(List.of("a", "b", "c"), store.scan().stream().map(StoredRun::id).toList());
  }

  /** Truncated JSON names the file, the line and column where it stops, and that it may be half-written. */
  @Test
  void truncatedJsonNamesWhereItBroke() throws IOException {
    Path file = runJson("truncated", "{\"id\": \"truncated\",\n  \"name\": \"half", T0);
    String problem = unreadable("truncated").problem();
    assertTrue(problem.startsWith(file + ":2:"), problem);
    assertTrue(problem.matches("(?s).*run\\.json:2:\\d+: not a valid run record \\(.+\\); it may be half-written or corrupt"),
        problem);
  }

  /** Text that is not JSON at all, or JSON of the wrong shape, is unreadable with its position. */
  @ParameterizedTest
  @ValueSource(strings = {"", "null", " null ", "not json", "[]", "\"a string\"", "{\"id\": 1, \"startedAt\": \"yesterday\"}",
      "{\"id\": \"x\", \"status\": \"EXPLODED\"}", "\u0000\u0001\u0002"})
  void garbageIsUnreadable(String text) throws IOException {
    runJson("garbage", text, T0);
    String problem = unreadable("garbage").problem();
    assertTrue(problem.startsWith(root.resolve("runs/garbage/run.json").toString()), problem);
    assertTrue(problem.contains("not a valid run record") || problem.contains("cannot be read")
        || problem.contains("is missing"), problem);
  }

  /** {@code {}} is a record missing its id; one with only an id misses its status, and so on down the fields. */
  @Test
  void missingFieldsAreNamed() throws IOException {
    runJson("empty", "{}", T0);
    assertTrue(unreadable("empty").problem().endsWith("run.json: field \"id\" is missing; the record is incomplete"),
        unreadable("empty").problem());
    runJson("id-only", "{\"id\": \"id-only\"}", T0);
    assertTrue(unreadable("id-only").problem().contains("field \"status\" is missing"), unreadable("id-only").problem());
    runJson("no-start", "{\"id\": \"no-start\", \"status\": \"SUCCEEDED\"}", T0);
    assertTrue(unreadable("no-start").problem().contains("field \"startedAt\" is missing"));
    runJson("no-tasks", "{\"id\": \"no-tasks\", \"status\": \"SUCCEEDED\", \"startedAt\": \"2024-01-01T00:00:00Z\"}", T0);
    assertTrue(unreadable("no-tasks").problem().contains("field \"tasks\" is missing"));
    runJson("no-params", "{\"id\": \"no-params\", \"status\": \"SUCCEEDED\", \"startedAt\": \"2024-01-01T00:00:00Z\","
        + " \"tasks\": {}}", T0);
    assertTrue(unreadable("no-params").problem().contains("field \"parameters\" is missing"));
  }

  /** A folder with only run.json.tmp is a record never completed; an empty folder holds no record. */
  @Test
  void foldersWithoutARecordSayWhy() throws IOException {
    Path unfinished = Files.createDirectories(root.resolve("runs/unfinished"));
    Files.writeString(unfinished.resolve("run.json.tmp"), "{");
    Files.createDirectories(root.resolve("runs/nothing"));
    Files.createDirectories(root.resolve("runs/dir-record/run.json"));
    assertTrue(unreadable("unfinished").problem().contains("the record was never completed (only run.json.tmp was"
        + " written)"), unreadable("unfinished").problem());
    assertTrue(unreadable("nothing").problem().endsWith("run.json: missing; this folder holds no run record"),
        unreadable("nothing").problem());
    assertTrue(unreadable("dir-record").problem().contains("missing"), "a folder named run.json is no record");
  }

  /** A running record whose engine process is gone reads as interrupted. */
  @Test
  void aRunningRecordOfADeadEngineIsInterrupted() {
    RunRecord running = run("running", T0, RunStatus.RUNNING);
    store.save(new RunRecord(running.id(), running.name(), running.pipeline(), running.experiment(),
        running.parameters(), RunStatus.RUNNING, running.runner(), Long.MAX_VALUE, running.startedAt(), null, null,
        running.tasks()));
    RunRecord seen = store.find("running").orElseThrow();
    assertEquals(RunStatus.INTERRUPTED, seen.status());
    assertTrue(seen.message().contains("stopped while the run was in progress"), seen.message());
    store.save(run("alive", T0, RunStatus.RUNNING));
    assertEquals(RunStatus.RUNNING, store.find("alive").orElseThrow().status(), "this process is alive");
  }

  /** A record saved is read back equal, tasks, instants and cache origins included. */
  @Test
  void saveAndFindRoundTrip() {
    RunRecord record = run("20240301-100000-abcdef", T0, RunStatus.SUCCEEDED);
    store.save(record);
    assertEquals(Optional.of(record), store.find("20240301-100000-abcdef"));
    assertFalse(Files.exists(store.runDir(record.id()).resolve("run.json.tmp")), "the temporary file was moved");
    assertEquals(Optional.of(record), store.find("20240301-100000"), "a unique prefix finds it");
    store.save(run("20240301-100000-zzzzzz", T0, RunStatus.SUCCEEDED));
    assertEquals(Optional.empty(), store.find("20240301-100000"), "an ambiguous prefix finds nothing");
    assertEquals(Optional.empty(), store.find("nope"));
  }

  /** find on a broken record throws, with the problem in its message; scan never does. */
  @Test
  void findOnABrokenRecordThrowsWithTheProblem() throws IOException {
    runJson("broken", "{\"id\": \"broken\", \"name\": ", T0);
    String problem = unreadable("broken").problem();
    UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> store.find("broken"));
    assertTrue(thrown.getMessage().contains(problem), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("run.json:1:"), thrown.getMessage());
    assertEquals(1, store.scan().size());
    assertEquals(List.of(), store.list());
    assertInstanceOf(StoredRun.Unreadable.class, store.locate("broken").orElseThrow());
    UncheckedIOException missing = assertThrows(UncheckedIOException.class, () -> {
      Files.createDirectories(root.resolve("runs/hollow"));
      store.find("hollow");
    });
    assertTrue(missing.getMessage().contains("holds no run record"), missing.getMessage());
  }

  /** Run ids are plain folder names: nothing that could climb, nest or hide. */
  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/b", "", ".hidden", "../runs", "a\\b", "a b", "/abs", "-dash", "_under",
      "a\nb", "a\u0000b", "run:1", "é"})
  void isRunIdRefuses(String text) {
    assertFalse(RunStore.isRunId(text), () -> "accepted \"" + text + "\"");
  }

  /** Ordinary ids, up to 128 characters, are accepted; longer ones and null are not. */
  @Test
  void isRunIdAccepts() {
    assertTrue(RunStore.isRunId("20240301-100000-abcdef"));
    assertTrue(RunStore.isRunId("a"));
    assertTrue(RunStore.isRunId("A.b_c-d"));
    assertTrue(RunStore.isRunId("a..b"), "dots inside a name climb nowhere");
    char[] max = new char[128];
    Arrays.fill(max, 'x');
    assertTrue(RunStore.isRunId(new String(max)));
    assertFalse(RunStore.isRunId(new String(max) + "x"));
    assertFalse(RunStore.isRunId(null));
  }

  /** locate of a text that is not an id never reads outside the runs folder. */
  @Test
  void locateOfATraversalFindsNothing() throws IOException {
    Files.createDirectories(root.resolve("outside"));
    Files.writeString(root.resolve("outside/run.json"), "{}");
    store.save(run("inside", T0, RunStatus.SUCCEEDED));
    assertEquals(Optional.empty(), store.locate("../outside"));
    assertEquals(Optional.empty(), store.locate(".."));
  }

  /** A graph saved beside a run reads back equal, nulls and groups included. */
  @Test
  void saveGraphAndGraphRoundTrip() {
    RunGraph graph = new RunGraph(
        List.of(new RunGraph.Node("make", "Make", null, false), new RunGraph.Node("use", "Use", "for-loop-1", false),
            new RunGraph.Node("inner", "Use", "condition-2", false), new RunGraph.Node("bye", "Note", null, true)),
        List.of(new RunGraph.Edge("make", "out", "use", "in"), new RunGraph.Edge("make", null, "bye", null),
            new RunGraph.Edge("make", "list", "for-loop-1", "items"), new RunGraph.Edge("use", "n", "condition-2", "condition")),
        List.of(new RunGraph.Box("for-loop-1", RunGraph.Kind.LOOP, "for each item of make.list", null),
            new RunGraph.Box("condition-2", RunGraph.Kind.CONDITION, "if use.n > 1", "for-loop-1")));
    store.saveGraph("r1", graph);
    assertEquals(Optional.of(graph), store.graph("r1"));
    assertFalse(Files.exists(store.runDir("r1").resolve("graph.json.tmp")));
    RunGraph smaller = new RunGraph(List.of(new RunGraph.Node("only", "Only", null, false)), List.of(), List.of());
    store.saveGraph("r1", smaller);
    assertEquals(Optional.of(smaller), store.graph("r1"), "saved again, replaced");
  }

  /** A missing or corrupt graph.json is no graph, never an error. */
  @Test
  void aCorruptGraphIsEmpty() throws IOException {
    assertEquals(Optional.empty(), store.graph("r1"));
    Path dir = Files.createDirectories(store.runDir("r1"));
    List<String> corrupt = new ArrayList<>(List.of("", "null", "{}", "{", "[1, 2]", "{\"tasks\": 5}", "\u0000garbage",
        "{\"tasks\": [{\"name\": \"a\"}], \"edges\": [], \"groups\": [{\"name\": \"g\", \"kind\": \"SPIRAL\"}]}"));
    for (String text : corrupt) {
      Files.writeString(dir.resolve("graph.json"), text);
      assertEquals(Optional.empty(), store.graph("r1"), () -> "graph.json of " + text);
    }
    Files.delete(dir.resolve("graph.json"));
    Files.createDirectories(dir.resolve("graph.json"));
    assertEquals(Optional.empty(), store.graph("r1"), "a folder named graph.json");
  }
}

package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The few lines a run prints as: long values and messages cut to one line, large runs cut to their first tasks. */
class RunSummaryTest {
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  private static TaskRecord task(String id, TaskStatus status, Map<String, String> values, Integer exit, String why,
      String log) {
    Map<String, String> files = new LinkedHashMap<>();
    values.keySet().forEach(k -> files.put(k, "/runs/r/tasks/" + id + "/" + k));
    Map<String, String> texts = new LinkedHashMap<>(values);
    texts.values().removeIf(v -> v == null);
    return new TaskRecord(id, id.replaceAll("\\[.*", ""), "C", status, 1, T, T, Map.of(), files, texts, exit, why,
        log, null);
  }

  private static RunRecord run(RunStatus status, String message, List<TaskRecord> tasks) {
    Map<String, TaskRecord> byId = new LinkedHashMap<>();
    tasks.forEach(t -> byId.put(t.id(), t));
    return new RunRecord("r1", "r1", "p", "Default", Map.of("n", "3"), status, "in-process", 1, T, T, message, byId);
  }

  @Test
  void valuesAndMessagesAreCutToOneShortLine() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("text", "line one\nline two");
    values.put("model", null);  // a large or binary file: no text recorded
    values.put("long", "y".repeat(100));
    RunRecord run = run(RunStatus.FAILED, "task b failed:\nexit 2", List.of(
        task("a", TaskStatus.SUCCEEDED, values, 0, null, null),
        task("b", TaskStatus.FAILED, Map.of(), 2, "bad flag --x\n" + "z".repeat(300), "one\ntwo")));
    assertEquals("""
        run r1 of pipeline "p": FAILED (task b failed:\\nexit 2)
          parameters: n=3
          a  SUCCEEDED  text=line one\\nline two, model=(file), long=%s...
          b  FAILED     exit 2, bad flag --x\\n%s...""".formatted("y".repeat(37), "z".repeat(143)), run.toString());
  }

  @Test
  void aLargeRunShowsItsFirstTasksAndThoseThatDidNotSucceed() {
    List<TaskRecord> tasks = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      tasks.add(task("ok[" + i + "]", TaskStatus.SUCCEEDED, Map.of("Output", "" + i), 0, null, null));
    }
    for (int i = 0; i < 27; i++) {
      tasks.add(task("bad[" + i + "]", TaskStatus.SKIPPED, Map.of(), null, "upstream failed", null));
    }
    List<String> lines = run(RunStatus.FAILED, null, tasks).toString().lines().toList();
    assertEquals(2 + 25 + 25 + 1, lines.size());
    assertTrue(lines.get(2).startsWith("  ok[0] "), lines.get(2));
    assertTrue(lines.contains("  bad[24]  SKIPPED    upstream failed"), String.join("\n", lines));
    assertEquals("  ... and 7 more tasks (5 succeeded, 2 did not)", lines.get(lines.size() - 1));
  }

  @Test
  void assertSucceededAddsTheLastLinesOfEachFailedTasksLog() {
    String log = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 15).mapToObj(i -> "log " + i).toList());
    RunResult result = new RunResult(run(RunStatus.FAILED, "task b failed", List.of(
        task("b", TaskStatus.FAILED, Map.of(), 1, "exited with code 1", log))), Path.of("/runs/r1"));
    AssertionError e = assertThrows(AssertionError.class, result::assertSucceeded);
    assertEquals("""
        expected the run to succeed, but it is FAILED:
        run r1 of pipeline "p": FAILED (task b failed)
          parameters: n=3
          b  FAILED     exit 1, exited with code 1
        log of b (last lines):
          | log 6
          | log 7
          | log 8
          | log 9
          | log 10
          | log 11
          | log 12
          | log 13
          | log 14
          | log 15
        run folder: /runs/r1""", e.getMessage());
    RunResult fine = new RunResult(run(RunStatus.SUCCEEDED, null, List.of()), Path.of("/runs/r1"));
    assertEquals(fine, fine.assertSucceeded());
  }
}

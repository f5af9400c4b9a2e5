package io.kfp4j.sdk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run store written by the kfp4j before groups had ids ({@code previous-store/}, made from {@link RecordedPipeline})
 * still loads, and the engine of today records the same pipeline the same way: the same graph (boxes named
 * {@code for-loop-3}, {@code condition-big-one-5}, ...), the same task ids, statuses and messages.
 */
class PreviousStoreTest {
  private static final String RUN = "20261203-090524-196c0a";

  private static RunStore previous() throws URISyntaxException {
    return new RunStore(Path.of(Objects.requireNonNull(PreviousStoreTest.class.getResource("/previous-store")).toURI()));
  }

  private static Map<String, String> outcomes(RunRecord record) {
    Map<String, String> out = new LinkedHashMap<>();
    record.tasks().values().forEach(t -> out.put(t.id(), t.task() + " " + t.status() + " " + t.message()));
    return out;
  }

  @Test
  void aGraphRecordedBeforeLoadsAsTheGraphOfToday() throws URISyntaxException {
    RunGraph recorded = previous().graph(RUN).orElseThrow();
    assertEquals(RunGraph.of(RecordedPipeline.graph()), recorded);
    assertEquals(List.of("exit-handler-1", "for-loop-3", "condition-4", "condition-big-one-5", "for-loop-6",
        "condition-7"), recorded.groups().stream().map(RunGraph.Box::name).toList());
    assertEquals("if for-loop-3 item.x == 1", recorded.groups().get(2).label());
  }

  @Test
  void aRunRecordedBeforeLoads() throws URISyntaxException {
    RunRecord record = previous().find(RUN).orElseThrow();
    assertEquals(RunStatus.SUCCEEDED, record.status());
    assertEquals("shout-2 SKIPPED condition condition-4 was false", outcomes(record).get("shout-2[1]"));
  }

  @Test
  void theEngineOfTodayRecordsTheSameRun(@TempDir Path root) throws URISyntaxException {
    RunResult now = LocalRunner.create().withRoot(root).withRunner(RunnerKind.SUBPROCESS)
        .run(RecordedPipeline.graph(), Map.of("n", "2"));
    RunRecord before = previous().find(RUN).orElseThrow();
    assertEquals(before.status(), now.record().status());
    assertEquals(new TreeMap<>(outcomes(before)), new TreeMap<>(outcomes(now.record())));
    assertEquals(previous().graph(RUN), new RunStore(root).graph(now.record().id()));
  }
}

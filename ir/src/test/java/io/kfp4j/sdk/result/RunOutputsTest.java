package io.kfp4j.sdk.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.internal.entry.JavaTypes;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunOutputs#results} reads every instance of a task in the run's order; JSON outputs read as Java types. */
class RunOutputsTest {
  private static final LoadedComponent SQUARE = ComponentLoader.standard().fromBytes("""
      name: Square
      inputs: [{name: x, type: Integer}]
      outputs: [{name: Output, type: Integer}, {name: Trace, type: JsonArray}]
      implementation: {container: {image: busybox, command: [sh, -c, 'true']}}
      """.getBytes(StandardCharsets.UTF_8), "square.yaml");

  @TempDir
  Path dir;

  /** A run of output files written here; the instances of each task in the order they were added. */
  private final class FileRun implements RunOutputs {
    private final Map<String, Map<String, Path>> tasks = new LinkedHashMap<>();

    FileRun task(String id, String output, String trace) {
      tasks.put(id, Map.of("Output", write(id, "Output", output), "Trace", write(id, "Trace", trace)));
      return this;
    }

    @Override
    public TaskOutputs outputsOf(String taskId, LoadedComponent component) {
      Map<String, Path> files = tasks.get(taskId);
      if (files == null) {
        throw new IllegalArgumentException("no task " + taskId);
      }
      return new TaskOutputs("run-1", taskId, component, files);
    }

    @Override
    public List<TaskOutputs> iterationsOf(String task, LoadedComponent component) {
      return iterationIds(task).stream().map(id -> outputsOf(id, component)).toList();
    }

    @Override
    public List<String> iterationIds(String task) {
      List<String> ids = new ArrayList<>();
      for (String id : tasks.keySet()) {
        if (id.equals(task) || id.startsWith(task + "[")) {
          ids.add(id);
        }
      }
      if (ids.isEmpty()) {
        throw new IllegalArgumentException("run-1 has no task named \"" + task + "\"; its tasks are: "
            + String.join(", ", tasks.keySet()));
      }
      return ids;
    }
  }

  private Path write(String id, String output, String text) {
    try {
      Path file = Files.createDirectories(dir.resolve(id)).resolve(output);
      return Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a generated {@code SquareOp.result} reads one instance. */
  private static int square(RunOutputs run, String taskId) {
    return run.outputsOf(taskId, SQUARE).toInt("Output");
  }

  @Test
  void resultsReadsEveryIterationInTheRunsOrder() {
    FileRun run = new FileRun().task("square[0]", "9", "[]").task("square[1]", "1", "[]").task("square[2]", "4", "[]")
        .task("square[10]", "121", "[]").task("other", "0", "[]");
    assertEquals(List.of(9, 1, 4, 121), run.results("square", RunOutputsTest::square));
    assertEquals(List.of(0), run.results("other", RunOutputsTest::square));
  }

  @Test
  void resultsOfAnUnknownTaskSaySo() {
    FileRun run = new FileRun().task("square[0]", "9", "[]");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run.results("cube", RunOutputsTest::square));
    assertEquals("run-1 has no task named \"cube\"; its tasks are: square[0]", e.getMessage());
  }

  @Test
  void anInstanceThatCannotBeReadFailsTheWhole() {
    FileRun run = new FileRun().task("square[0]", "9", "[]").task("square[1]", "nine", "[]");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> run.results("square", RunOutputsTest::square));
    assertTrue(e.getMessage().startsWith("output \"Output\" of task \"square[1]\" (Square) of run run-1: "),
        e.getMessage());
  }

  @Test
  void aJsonOutputReadsAsAJavaType() {
    FileRun run = new FileRun().task("square", "4", "[{\"x\": 2}, {\"x\": 2.5}]");
    List<Map<String, Double>> trace = run.outputsOf("square", SQUARE).fromJson("Trace",
        JavaTypes.parameterized(List.class, JavaTypes.parameterized(Map.class, String.class, Double.class)));
    assertEquals(List.of(Map.of("x", 2.0), Map.of("x", 2.5)), trace);
  }

  @Test
  void aJsonOutputOfAnotherShapeNamesTheOutputTaskAndType() {
    FileRun run = new FileRun().task("square", "4", "{\"x\": 2}");
    TaskOutputs outputs = run.outputsOf("square", SQUARE);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> outputs.fromJson("Trace", JavaTypes.parameterized(List.class, Double.class)));
    assertTrue(e.getMessage().startsWith("output \"Trace\" of task \"square\" (Square) of run run-1: cannot read"
        + " \"{\"x\": 2}\" as JSON for java.util.List<java.lang.Double> ("), e.getMessage());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> outputs.fromJson("Traces", Double.class));
    assertTrue(unknown.getMessage().endsWith("has no output \"Traces\"; its outputs are: Output, Trace"),
        unknown.getMessage());
  }
}

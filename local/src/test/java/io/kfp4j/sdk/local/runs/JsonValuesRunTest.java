package io.kfp4j.sdk.local.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.sdk.Output;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunnerKind;
import io.kfp4j.testcomponents.JsonValuesOps.DescribeConfigOp;
import io.kfp4j.testcomponents.JsonValuesOps.TagOp;
import io.kfp4j.testcomponents.shared.ReadConfigOp;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON values end to end: a shell component's typed stub ({@code ReadConfigOp}) gives a JsonObject, an Integer and a
 * JsonArray, which feed authored components taking {@code Map<String, Object>}, {@code List<Object>}, a
 * {@code JsonNode}, an {@code int} and an {@code ObjectNode} with no {@code .as(...)}; and the stub's untyped input
 * takes a JsonArray output, a list constant and a loop item.
 */
class JsonValuesRunTest {

  static PipelineGraph pipeline() {
    return Pipelines.builder("json-values").build(p -> {
      ReadConfigOp read = ReadConfigOp.readConfig(Value.of("start"));
      Output<Map<String, Object>> config = read.config();
      DescribeConfigOp.describeConfig(config, read.names(), config, read.count());
      TagOp.tag(config, Value.of("seen"));
      ReadConfigOp.readConfig(read.names());
      ReadConfigOp.readConfig(Value.of(List.of(1, "a", Map.of("k", true))));
      ParallelFor.each(read.names(), item -> ReadConfigOp.readConfig(item));
    });
  }

  @Test
  void aStubsJsonOutputsFeedAuthoredJsonInputs(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).run(pipeline(), Map.of()).assertSucceeded();
    check(run);
  }

  @Test
  void theSameAsSubprocesses(@TempDir Path root) {
    RunResult run = LocalTesting.runner(root).withRunner(RunnerKind.SUBPROCESS).run(pipeline(), Map.of())
        .assertSucceeded();
    check(run);
  }

  private static void check(RunResult run) {
    Map<String, Object> described = DescribeConfigOp.result(run, "describe-config");
    assertEquals(Map.of("keys", List.of("alpha", "nested"), "nested", Map.of("b", Arrays.asList(true, null)),
        "names", 2L, "first", "x", "tree", "OBJECT", "classes", List.of("Long", "LinkedHashMap"), "count", 3L),
        described, LocalTesting.describe(run));
    assertEquals("{\"alpha\": 1, \"nested\": {\"b\": [true, null]}, \"tag\": \"seen\"}", run.output("tag", "Output"));
    assertEquals("start", run.output("read-config", "echo"));
    assertEquals("[\"x\", \"y\"]", run.output("read-config-2", "echo"), "a JsonArray output, as its text");
    assertEquals("[1, \"a\", {\"k\": true}]", run.output("read-config-3", "echo"), "a list constant, as JSON");
    assertEquals("x", run.output("read-config-4[0]", "echo"), "a loop item, as its text");
    assertEquals("y", run.output("read-config-4[1]", "echo"));
    assertEquals(3L, ReadConfigOp.result(run, "read-config").count());
  }
}

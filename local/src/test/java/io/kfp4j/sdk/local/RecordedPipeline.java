package io.kfp4j.sdk.local;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.ExitHandler;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;
import java.util.Map;

/**
 * A pipeline with every kind of group (a named and an unnamed condition, a static loop over maps, a loop over a task
 * output, the exit handler) whose run, as recorded by kfp4j before groups had ids (commit 6265e65, subprocess
 * runner, {@code n=2}), is kept under {@code previous-store/} to check that run stores written before still read the
 * same ({@link PreviousStoreTest}).
 */
final class RecordedPipeline {
  static final ComponentDefinition LIST = ShellComponents.shell("kfp4j-test/busybox:1", "Make list",
      "printf '[\"a\", \"b\"]' > \"$1\"; printf %s \"$0\" > \"$2\"", "n", ">items", ">count");
  static final ComponentDefinition SHOUT = ShellComponents.shell("kfp4j-test/busybox:1", "Shout",
      "echo \"$0!\" > \"$1\"", "text", ">loud");

  private RecordedPipeline() {}

  static PipelineGraph graph() {
    return Pipelines.builder("recorded").build(p -> {
      var n = p.param("n", String.class, "2");
      var bye = SHOUT.task(Map.of("text", Value.of("bye")));
      ExitHandler.of(bye, () -> {
        var list = LIST.task(Map.of("n", n));
        ParallelFor.each(List.of(Map.of("x", 1), Map.of("x", 2)), item -> Condition.when(item.field("x").eq(1),
            () -> SHOUT.task(Map.of("text", item.field("x")))));
        Condition.when("Big one", list.outputNamed("count").eq("2"), () -> {
          ParallelFor.each(list.<List<String>>outputNamed("items"), 1, item -> SHOUT.task(Map.of("text", item)));
          Condition.when(n.eq("0"), () -> SHOUT.task(Map.of("text", n)));
        });
      });
    });
  }
}

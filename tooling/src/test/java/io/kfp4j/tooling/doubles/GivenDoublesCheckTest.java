package io.kfp4j.tooling.doubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.tooling.ToolingException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Doubles checked against the pipeline before it runs, as the engine will apply them. */
class GivenDoublesCheckTest {
  private static final PipelineGraph GRAPH = DoublesPipeline.graph();

  @Test
  void doublesThatFitBecomeTheEnginesInTheOrderGiven() {
    List<TaskDouble> doubles = given("create-secret:name=s-1,manifest={}", "count:n=3,report=whatever", "Echo")
        .check(GRAPH);
    assertEquals(List.of("create-secret", "count", "Echo"), doubles.stream().map(TaskDouble::match).toList());
    assertEquals(Map.of("n", "3", "report", "whatever"), doubles.get(1).outputs().apply(Map.of("text", "x")));
  }

  @Test
  void aTaskNameWinsOverItsComponentsName() {
    // "echo" stands in for the task echo (in each iteration of its loop); "Echo" for echo-2 only, so neither is
    // checked against the other's task
    assertEquals(2, given("echo", "Echo").check(GRAPH).size());
  }

  @Test
  void anUnknownTaskListsTheTasksAndTheirComponents() {
    ToolingException e = failure("create-secrt:name=s-1");
    assertEquals("--double \"create-secrt:name=s-1\": pipeline \"doubled\" has no task or component \"create-secrt\";"
        + " its tasks are: create-secret, count (component Count), echo (component Echo), echo-2 (component Echo);"
        + " name one of them: a double stands in for a task by its name (in every iteration of a loop), or for"
        + " every task of a component by the component's name", e.getMessage());
    assertEquals("create-secrt", e.facts().get(Fact.TASK));
  }

  @Test
  void anIterationOfALoopSaysToNameTheTask() {
    assertEquals("--double \"echo[1]\": \"echo[1]\" is one iteration of task \"echo\"; a double stands in for a task"
        + " in every iteration of its loop: name the task, echo", failure("echo[1]").getMessage());
  }

  @Test
  void anOutputTheTaskDoesNotHaveListsItsOutputs() {
    assertEquals("--double \"create-secret:nme=s-1,manifest={}\": task \"create-secret\" has no output \"nme\"; its"
        + " outputs are: name, manifest; name its outputs only",
        failure("create-secret:nme=s-1,manifest={}").getMessage());
    assertEquals("--double \"Echo:said=hi\": task \"echo\" (component \"Echo\") has no output \"said\"; it has no"
        + " outputs; give the task alone, with no outputs", failure("Echo:said=hi").getMessage());
  }

  @Test
  void everyOutputNeedsAValue() {
    assertEquals("--double \"create-secret:name=s-1\": task \"create-secret\" has outputs name, manifest; the double"
        + " gives no value for manifest; give a value for every output of the task",
        failure("create-secret:name=s-1").getMessage());
    assertEquals("--double \"create-secret\": task \"create-secret\" has outputs name, manifest; the double gives no"
        + " value for name, manifest; give a value for every output of the task", failure("create-secret").getMessage());
  }

  @Test
  void aValueItsOutputsTypeCannotReadNamesTheTypeAndAnExample() {
    ToolingException e = failure("count:n=three,report=r");
    assertEquals("--double \"count:n=three,report=r\": task \"count\", output \"n\" (type Integer): Text \"three\""
        + " cannot be deserialized as KFP type \"Integer\"", e.problem().replaceAll("\"Integer\":.*", "\"Integer\""));
    assertEquals("give KFP text that Integer reads (Integer 42, Float 1.5, Boolean True, JsonArray [1, 2],"
        + " JsonObject {\"a\": 1})", e.fix().orElseThrow());
    assertEquals("count", e.facts().get(Fact.TASK));
  }

  private static GivenDoubles given(String... texts) {
    return GivenDoubles.of(Arrays.stream(texts).map(t -> DoubleText.parse(t, "--double")).toList());
  }

  private static ToolingException failure(String text) {
    return assertThrows(ToolingException.class, () -> given(text).check(GRAPH));
  }
}

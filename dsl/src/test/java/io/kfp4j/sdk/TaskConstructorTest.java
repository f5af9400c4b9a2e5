package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The constructor generated task classes call (input names and arguments as arrays) and the default {@code self()}:
 * a task class needs nothing but its constructor.
 */
class TaskConstructorTest {
  private static final ComponentDefinition ADD = TestComponents.add();

  /** A generated task class reduced to its constructor: {@code AddOp extends Task<AddOp>}. */
  private static final class AddOp extends Task<AddOp> {
    AddOp(Source<?>... arguments) {
      super(ADD, new String[] {"a", "b"}, arguments);
    }
  }

  @Test
  void namesTheArgumentsInOrderAsTheMapConstructorDoes() {
    PipelineGraph arrays = Pipelines.builder("sum").build(p ->
        new AddOp(p.param("x", Double.class, "1"), Value.of(2.0)));
    PipelineGraph map = Pipelines.builder("sum").build(p ->
        ADD.task(Map.of("a", p.param("x", Double.class, "1"), "b", Value.of(2.0))));
    assertEquals(map.tasks().get("add").arguments(), arrays.tasks().get("add").arguments());
    assertEquals(2, arrays.tasks().get("add").arguments().size());
  }

  @Test
  void settersReturnTheTaskItselfAsItsOwnClass() {
    Pipelines.builder("self").build(p -> {
      AddOp task = new AddOp(Value.of(1.0), Value.of(2.0));
      AddOp named = task.displayName("one plus two");
      assertSame(task, named);
    });
  }

  @Test
  void moreOrFewerArgumentsThanInputNamesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Pipelines.builder("short").build(p -> new AddOp(Value.of(1.0))));
    assertEquals("2 input names for 1 arguments", e.getMessage());
  }

  @Test
  void aMissingRequiredInputIsStillNamed() {
    PipelineBuildException e = assertThrows(PipelineBuildException.class,
        () -> Pipelines.builder("missing").build(p -> new Task<AddOp>(ADD, new String[] {"a"}, Value.of(1.0)) {}));
    assertTrue(e.getMessage().contains("no argument for required input \"b\""), e.getMessage());
  }
}

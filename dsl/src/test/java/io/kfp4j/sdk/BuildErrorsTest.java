package io.kfp4j.sdk;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each mistake that only shows when a pipeline is built fails with a message naming the pipeline, task, input and fix. */
class BuildErrorsTest {
  private final ComponentDefinition add = TestComponents.add();
  private final ComponentDefinition print = TestComponents.print();
  private final ComponentDefinition write = ComponentDefinition.fromText(TestComponents.WRITE.replace("Data", "CSV"));
  private final ComponentDefinition train = ComponentDefinition.fromText("""
      name: Train
      inputs:
      - {name: model, type: Model}
      implementation:
        container:
          image: alpine
          command: [cat, {inputPath: model}]
      """);

  private static PipelineBuildException fails(String pipeline, Consumer<PipelineScope> body) {
    return assertThrows(PipelineBuildException.class, () -> Pipelines.builder(pipeline).build(body));
  }

  private static void assertMentions(Exception e, String... parts) {
    for (String part : parts) {
      assertTrue(e.getMessage().contains(part), "\"" + part + "\" not in: " + e.getMessage());
    }
  }

  @Test
  void cycleThroughAfter() {
    PipelineBuildException e = fails("cycles", p -> {
      ComponentTask first = add.task(Map.of("a", Value.of(1), "b", Value.of(2)));
      ComponentTask second = add.task(Map.of("a", first.output(), "b", Value.of(3)));
      first.after(second);
    });
    assertMentions(e, "pipeline \"cycles\"", "cycle", "add -> add-2 -> add", "after(...)");
  }

  @Test
  void missingRequiredInput() {
    PipelineBuildException e = fails("missing", p -> add.task(Map.of("a", Value.of(1))));
    assertMentions(e, "pipeline \"missing\"", "task \"add\"", "required input \"b\"", "pass a Value.of(...)");
  }

  @Test
  void unknownInput() {
    PipelineBuildException e = fails("unknown", p -> add.task(Map.of("a", Value.of(1), "b", Value.of(2), "c", Value.of(3))));
    assertMentions(e, "pipeline \"unknown\"", "task \"add\"", "no input \"c\"", "use one of its inputs: a, b");
  }

  @Test
  void typeMismatchOfYamlComponents() {
    PipelineBuildException e = fails("types", p -> {
      ComponentTask csv = write.task(Map.of("text", Value.of("a,b")));
      train.task(Map.of("model", csv.outputNamed("data")));
    });
    assertMentions(e, "pipeline \"types\"", "task \"train\"", "input \"model\"", "output \"data\" of task \"write-file\"",
        "has type CSV", "takes Model", ".as(...)");
  }

  @Test
  void typeCheckIsSkippedForOutputsSeenAsAnotherType() {
    assertDoesNotThrow(() -> Pipelines.builder("types").build(p -> {
      ComponentTask csv = write.task(Map.of("text", Value.of("a,b")));
      train.task(Map.of("model", csv.outputNamed("data").as(Artifact.class)));
    }));
  }

  @Test
  void parameterTypeMismatch() {
    PipelineBuildException e = fails("param-types", p -> train.task(Map.of("model", p.param("rate", Double.class, "0.1"))));
    assertMentions(e, "pipeline \"param-types\"", "task \"train\"", "input \"model\"", "pipeline parameter \"rate\"",
        "has type Float");
  }

  @Test
  void aParameterOfAnotherTypeIsToldToTakeTheInputsType() {
    PipelineBuildException e = fails("param-types", p -> train.task(Map.of("model", p.param("name", String.class))));
    assertMentions(e, "pipeline parameter \"name\" has type String, but the input takes Model; declare the parameter"
        + " with the input's type: Param<T> (p.param(name, T.class))");
    assertTrue(!e.getMessage().contains(".as(...)"), "a Param has no .as(...): " + e.getMessage());
  }

  @Test
  void spellingsOfOneOfKfpsTypesAreOneType() {
    // shared files write string, int, bool...: typed stubs take String, Integer, Boolean for them
    ComponentDefinition lower = ComponentDefinition.fromText("""
        name: Lower
        inputs:
        - {name: text, type: string}
        - {name: n, type: int}
        - {name: flag, type: bool}
        - {name: items, type: list}
        outputs:
        - {name: out, type: string}
        implementation:
          container:
            image: alpine
            command: [echo, {inputValue: text}, {inputValue: n}, {inputValue: flag}, {inputValue: items}, {outputPath: out}]
        """);
    ComponentDefinition shout = ComponentDefinition.fromText("""
        name: Shout
        inputs:
        - {name: text, type: String}
        implementation:
          container: {image: alpine, command: [echo, {inputValue: text}]}
        """);
    assertDoesNotThrow(() -> Pipelines.builder("spellings").build(p -> {
      ComponentTask first = lower.task(Map.of("text", p.param("text", String.class), "n", p.param("n", Integer.class),
          "flag", p.param("flag", Boolean.class), "items", p.param("items", List.class)));
      shout.task(Map.of("text", first.outputNamed("out")));
    }));
  }

  @Test
  void loopItemFieldThatTheStaticItemsLack() {
    PipelineBuildException e = fails("loops", p -> ParallelFor.each(List.of(Map.of("a", 1), Map.of("a", 2)),
        item -> print.task(Map.of("msg", item.field("b")))));
    assertMentions(e, "pipeline \"loops\"", "task \"print-msg\"", "input \"msg\"",
        "the items of the ParallelFor over [{\"a\": 1}, {\"a\": 2}]", "no field \"b\"", "use a field every item has");
  }

  @Test
  void moreThanOneExitHandler() {
    PipelineBuildException e = fails("exits", p -> {
      ComponentTask first = print.task(Map.of("msg", Value.of("bye")));
      ExitHandler.of(first, () -> print.task(Map.of("msg", Value.of("work"))));
      ComponentTask second = print.task(Map.of("msg", Value.of("bye again")));
      ExitHandler.of(second, () -> print.task(Map.of("msg", Value.of("more work"))));
    });
    assertMentions(e, "pipeline \"exits\"", "more than one ExitHandler", "KFP allows one");
  }

  @Test
  void exitHandlerInsideAGroup() {
    PipelineBuildException e = fails("nested-exit", p -> {
      ComponentTask bye = print.task(Map.of("msg", Value.of("bye")));
      ParallelFor.each(List.of(1, 2), item -> ExitHandler.of(bye, () -> print.task(Map.of("msg", item))));
    });
    assertMentions(e, "pipeline \"nested-exit\"", "ExitHandler must be at the top",
        "not inside the ParallelFor over [1, 2]");
  }

  @Test
  void outputOfAnotherPipeline() {
    ComponentTask[] elsewhere = new ComponentTask[1];
    Pipelines.builder("first").build(p -> elsewhere[0] = add.task(Map.of("a", Value.of(1), "b", Value.of(2))));
    PipelineBuildException e = fails("second", p -> print.task(Map.of("msg", elsewhere[0].output())));
    assertMentions(e, "pipeline \"second\"", "task \"print-msg\"", "input \"msg\"", "output \"Output\" of task \"add\"",
        "created outside this pipeline", "create the task inside the pipeline");
  }

  @Test
  void parameterOfAnotherPipeline() {
    Param<?>[] elsewhere = new Param<?>[1];
    Pipelines.builder("first").build(p -> {
      elsewhere[0] = p.param("msg", String.class, "hi");
      print.task(Map.of("msg", elsewhere[0]));
    });
    PipelineBuildException e = fails("second", p -> print.task(Map.of("msg", elsewhere[0])));
    assertMentions(e, "pipeline \"second\"", "task \"print-msg\"", "input \"msg\"", "parameter \"msg\"",
        "does not belong to this pipeline", "p.param(...)");
  }

  @Test
  void loopItemOutsideItsLoop() {
    PipelineBuildException e = fails("escape", p -> {
      LoopItem<?>[] escaped = new LoopItem<?>[1];
      ParallelFor.each(List.of(1, 2), item -> {
        escaped[0] = item;
        print.task(Map.of("msg", item));
      });
      print.task(Map.of("msg", escaped[0]));
    });
    assertMentions(e, "pipeline \"escape\"", "task \"print-msg-2\"", "input \"msg\"", "outside its ParallelFor",
        "use it inside the loop's body");
  }

  @Test
  void conditionsAreNamedByTheirLabelOrComparison() {
    Param<?>[] elsewhere = new Param<?>[1];
    Pipelines.builder("first").build(p -> {
      elsewhere[0] = p.param("side", String.class, "heads");
      print.task(Map.of("msg", elsewhere[0]));
    });
    PipelineBuildException named = fails("named", p -> Condition.when("heads", elsewhere[0].eq("heads"),
        () -> print.task(Map.of("msg", Value.of("yes")))));
    assertMentions(named, "pipeline \"named\"", "the Condition \"heads\"", "left operand", "parameter \"side\"",
        "does not belong to this pipeline");
    PipelineBuildException unnamed = fails("unnamed", p -> Condition.when(elsewhere[0].ne("tails"),
        () -> print.task(Map.of("msg", Value.of("yes")))));
    assertMentions(unnamed, "pipeline \"unnamed\"", "the Condition on pipeline parameter \"side\" != tails",
        "left operand");
  }

  @Test
  void aRunTimeSettingTakesAReferenceNotFormattedText() {
    PipelineBuildException e = fails("settings", p -> {
      Param<String> gigabytes = p.param("gigabytes", String.class, "1");
      print.task(Map.of("msg", Value.of("hi"))).memoryLimit(Formatted.of("%sGi", gigabytes));
    });
    assertMentions(e, "pipeline \"settings\"", "task \"print-msg\"", "memory limit", "formatted text",
        "pass a Param, an Output or a loop item, or a constant string");
  }

  @Test
  void emptyPipeline() {
    PipelineBuildException e = fails("empty", p -> p.param("unused", String.class, "x"));
    assertMentions(e, "pipeline \"empty\"", "has no tasks", "call a component's factory");
  }
}

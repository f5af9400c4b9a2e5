package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.SpecValidator;
import io.kfp4j.runtime.spec.V2Usage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each of KFP's load-time checks, each reported at its line, column and field path. */
class ValidationTest {

  private static List<String> problems(String yaml) {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> ComponentLoader.standard().fromText(yaml));
    return e.problems().stream().map(SpecProblem::toString).toList();
  }

  private static void assertOne(String yaml, String expected) {
    List<String> found = problems(yaml);
    assertEquals(List.of(expected), found);
  }

  @Test
  void duplicateInputNames() {
    assertOne("""
        name: Dup
        inputs:
        - {name: a}
        - {name: a}
        """, "<text>:4:10: inputs[1].name: duplicate input name \"a\"; input names must be unique (an output may"
        + " share it, inputs and outputs are separate namespaces)");
  }

  @Test
  void duplicateOutputNames() {
    assertOne("""
        name: Dup
        outputs:
        - {name: b}
        - {name: b}
        """, "<text>:4:10: outputs[1].name: duplicate output name \"b\"; output names must be unique (an input may"
        + " share it, inputs and outputs are separate namespaces)");
  }

  @Test
  void anInputAndAnOutputMayShareAName() {
    ComponentSpec spec = ComponentLoader.standard().fromText("""
        name: Same
        inputs: [{name: model}]
        outputs: [{name: model}]
        implementation:
          container: {image: alpine, args: [{inputPath: model}, {outputPath: model}]}
        """).spec();
    assertEquals(List.of(), SpecValidator.validate(spec));
  }

  @Test
  void placeholdersMustNameExistingInputsAndOutputs() {
    List<String> found = problems("""
        name: Refs
        inputs: [{name: a}]
        outputs: [{name: out}]
        implementation:
          container:
            image: alpine
            command: [sh, {inputValue: b}]
            args:
            - concat: [--x=, {inputPath: c}]
            - if: {cond: {isPresent: d}, then: [{outputPath: e}], else: {inputValue: a}}
        """);
    assertEquals(List.of(
        "<text>:7:32: implementation.container.command[1].inputValue: input \"b\" does not exist; the inputs are: a",
        "<text>:9:34: implementation.container.args[0].concat[1].inputPath: input \"c\" does not exist; the inputs are: a",
        "<text>:10:30: implementation.container.args[1].if.cond.isPresent: input \"d\" does not exist; the inputs are: a",
        "<text>:10:54: implementation.container.args[1].if.then[0].outputPath: output \"e\" does not exist; the outputs are: out"),
        found);
  }

  @Test
  void fileOutputsMustNameOutputs() {
    assertOne("""
        name: Legacy
        outputs: [{name: out}]
        implementation:
          container:
            image: alpine
            fileOutputs: {result: /tmp/result.txt}
        """, "<text>:6:27: implementation.container.fileOutputs.result: fileOutputs names output \"result\", which"
        + " does not exist; the outputs are: out");
  }

  @Test
  void unknownKeysAreRejectedWithTheCamelCaseHint() {
    assertOne("""
        name: Snake
        implementation:
          container:
            image: alpine
            file_outputs: {out: /tmp/out}
        """, "<text>:5:5: implementation.container.file_outputs: unknown key \"file_outputs\" in a container;"
        + " expected one of: image, command, args, env, fileOutputs (KFP wants the camelCase key \"fileOutputs\")");
  }

  @Test
  void wrongKindsAndMissingFields() {
    List<String> found = problems("""
        name: Kinds
        inputs:
        - {type: String}
        - {name: b, optional: maybe}
        - just-a-name
        outputs: {name: out}
        implementation:
          container: {command: [echo, 5]}
        """);
    assertEquals(List.of(
        "<text>:3:3: inputs[0].name: an input needs \"name\"",
        "<text>:4:23: inputs[1].optional: expected true or false, found the string 'maybe'",
        "<text>:5:3: inputs[2]: expected an input (a mapping), found the string 'just-a-name'",
        "<text>:6:10: outputs: expected a list of outputs, found a mapping",
        "<text>:8:14: implementation.container.image: a container needs \"image\"",
        "<text>:8:31: implementation.container.command[1]: expected a string or a placeholder, found the integer '5';"
            + " quote it: '5'"),
        found);
  }

  @Test
  void containerAndGraphTogether() {
    List<String> found = problems("""
        name: Both
        implementation:
          container: {image: alpine}
          graph: {tasks: {}}
        """);
    assertEquals(List.of("<text>:4:10: implementation: an implementation is either a container or a graph, not both;"
        + " keep one of them"), found);
  }

  @Test
  void placeholderWithTwoKeysOrUnknownKey() {
    List<String> found = problems("""
        name: Bad placeholders
        inputs: [{name: a}]
        implementation:
          container:
            image: alpine
            args: [{inputValue: a, inputPath: a}, {value: a}]
        """);
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("<text>:6:12: implementation.container.args[0]: expected a string or a placeholder"
        + " (a mapping with one key such as {inputValue: name}), found a mapping with 2 keys"), found::toString);
    assertTrue(found.get(1).contains("6:44: implementation.container.args[1].value: unknown placeholder \"value\";"),
        found::toString);
  }

  @Test
  void graphArgumentsMustNameGraphInputsAndTasks() {
    List<String> found = problems("""
        name: Graph
        inputs: [{name: data}]
        outputs: [{name: model}]
        implementation:
          graph:
            tasks:
              train:
                componentRef: {name: Train}
                arguments:
                  x: {graphInput: {inputName: missing}}
                  y: {taskOutput: {taskId: nowhere, outputName: out}}
            outputValues:
              model: {taskOutput: {taskId: train, outputName: model}}
        """);
    assertEquals(List.of(
        "<text>:10:39: implementation.graph.tasks.train.arguments.x.graphInput.inputName: graph input \"missing\""
            + " does not exist; the inputs are: data",
        "<text>:11:36: implementation.graph.tasks.train.arguments.y.taskOutput.taskId: task \"nowhere\" does not"
            + " exist; the tasks are: train"),
        found);
  }

  @Test
  void graphCyclesAreRejected() {
    List<String> found = problems("""
        name: Cycle
        implementation:
          graph:
            tasks:
              a:
                componentRef: {name: A}
                arguments: {x: {taskOutput: {taskId: b, outputName: out}}}
              b:
                componentRef: {name: B}
                isEnabled:
                  ==: {op1: {taskOutput: {taskId: a, outputName: out}}, op2: "yes"}
        """);
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).matches("<text>:\\d+:\\d+: implementation\\.graph\\.tasks\\.[ab]: tasks form a cycle:"
        + " (a -> b -> a|b -> a -> b); a task cannot consume its own output, directly or through others"), found::toString);
  }

  @Test
  void severalProblemsAreReportedTogether() {
    List<String> found = problems("""
        name: Many
        inputz: []
        inputs: [{name: a}, {name: a}]
        implementation:
          container: {image: alpine, args: [{inputValue: nope}]}
        """);
    assertEquals(3, found.size(), found::toString);
  }

  @Test
  void v2OnlyPlaceholdersLoadButAreNamed() {
    ComponentSpec spec = ComponentLoader.standard().fromText("""
        name: V2
        inputs: [{name: a}]
        implementation:
          container:
            image: alpine
            args: [--uri, {inputUri: a}, --exec, {executorInput: null}, "{{$.inputs.parameters['a']}}"]
        """).spec();
    assertTrue(spec.container().orElseThrow().args().get(1) instanceof Arg.V2Only);
    assertEquals(List.of(new V2Usage("inputUri", "implementation.container.args[1]"),
        new V2Usage("executorInput", "implementation.container.args[3]"),
        new V2Usage("{{$.inputs.parameters['a']}}", "implementation.container.args[4]")), V2Usage.find(spec));
    assertEquals("v2-only placeholder inputUri is not supported by the v1 toolchain",
        V2Usage.find(spec).get(0).unsupportedMessage());
  }

  @Test
  void specsBuiltInCodeAreValidatedToo() {
    ComponentSpec spec = ComponentSpec.of("Code", null, List.of(), List.of(),
        io.kfp4j.runtime.spec.ContainerSpec.of("alpine", List.of(new Arg.InputValue("x")), List.of()));
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> SpecValidator.requireValid(spec));
    assertEquals("<spec>: implementation.container.command[0].inputValue: input \"x\" does not exist; the component"
        + " declares no inputs", e.problems().get(0).toString());
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.List;

/**
 * A task's {@code inputs} as KFP 2 writes them ({@code build_task_spec_for_task}): a constant as
 * {@code runtimeValue.constant} of the input's type, a parameter, an output or a loop item from where the task's DAG
 * has it, formatted text as a constant with {@code {{$.inputs.parameters['pipelinechannel--…']}}} placeholders and
 * one compiler-injected input per reference, and resources given at run time the same way ({@code cpu_limit}, …).
 */
final class TaskInputs {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final PipelineTree tree;

  TaskInputs(PipelineTree tree) {
    this.tree = tree;
  }

  /** The inputs of a task of the DAG of {@code dag}; empty when it takes none. */
  ObjectNode of(TaskNode task, Group dag) {
    String where = Refusals.where(tree.graph(), task);
    ObjectNode inputs = F.objectNode();
    ComponentPorts ports = tree.ports(task.name());
    task.arguments().forEach((inputName, value) -> {
      Port port = ports.inputs().get(inputName);
      String at = where + ", input \"" + inputName + "\"";
      if (value instanceof ArgumentValue.Constant c) {
        if (!port.isParameter()) {
          throw new V2CompileException(at + ": KFP v2 passes a constant only to a parameter, and this input is a"
              + " file (an artifact); bring the file in with an importer (Importer.of(Value.of(\"gs://...\"), \""
              + port.type().schemaTitleOr("system.Artifact") + "\").output()), or produce it with a task"
              + (runsOnKfpV1(task) ? ", or compile for the Argo target (KFP v1)" : ""));
        }
        try {
          inputs.with("parameters").putObject(port.name()).putObject("runtimeValue")
              .set("constant", TypeMapping.value(port.parameterType(), c.text()));
        } catch (IllegalArgumentException e) {
          throw new V2CompileException(at + ": the constant " + e.getMessage() + " of type " + port.parameterType());
        }
      } else if (value instanceof ArgumentValue.Template t) {
        if (!port.isParameter()) {
          throw new V2CompileException(at + ": KFP v2 passes formatted text only to a parameter, and this input is"
              + " a file (an artifact); compile for the Argo target (KFP v1)");
        }
        for (ArgumentValue part : t.parts()) {
          if (!(part instanceof ArgumentValue.Constant) && !(tree.channel(part).type() instanceof IoType.Parameter)) {
            throw new V2CompileException(at + ": formats " + tree.channel(part).fullName() + ", an artifact, into"
                + " text; KFP v2 formats parameters only. Pass the artifact to a file input, or compile for"
                + " the Argo target (KFP v1)");
          }
        }
        injected(inputs, port.name(), t.parts(), dag);
      } else {
        Channel channel = tree.channel(value);
        if (port.isParameter() != channel.type() instanceof IoType.Parameter) {
          throw new V2CompileException(at + " is " + (port.isParameter() ? "a parameter" : "a file (an artifact)")
              + " and reads " + channel.fullName() + ", " + (port.isParameter() ? "an artifact" : "a parameter")
              + "; KFP v2 does not convert between the two. Give the input and its source the same kind of type"
              + " (a parameter type such as String, or an artifact type such as Dataset), or compile for the"
              + " Argo target (KFP v1)");
        }
        inputs.with(port.isParameter() ? "parameters" : "artifacts").set(port.name(), selected(value, dag));
      }
    });
    PipelineTree.resourceReferences(task).forEach((key, reference) -> injected(inputs, key,
        PipelineTree.parts(reference), dag));
    if (task.importer() != null) {
      Importers.metadataInputs(task).forEach((reference, name) -> inputs.with("parameters").set(name,
          selected(reference, dag)));
    }
    return inputs;
  }

  /** Whether the task's component could run on KFP v1 too: it uses nothing only KFP v2 understands. */
  private static boolean runsOnKfpV1(TaskNode task) {
    var spec = task.component().spec();
    return spec.v2Native().isEmpty() && io.kfp4j.runtime.spec.V2Usage.find(spec).isEmpty();
  }

  /** Text with references: a constant with placeholders, and an injected input per reference. */
  private void injected(ObjectNode inputs, String name, List<ArgumentValue> parts, Group dag) {
    for (ArgumentValue part : parts) {
      if (!(part instanceof ArgumentValue.Constant)) {
        inputs.with("parameters").set(tree.injectedName(part), selected(part, dag));
      }
    }
    inputs.with("parameters").putObject(name).putObject("runtimeValue").put("constant", tree.placeholders(parts));
  }

  /** {@link #source} of a reference, with the selector of a loop item's field. */
  ObjectNode selected(ArgumentValue reference, Group dag) {
    List<Group> readerPath = new java.util.ArrayList<>(dag instanceof Group.Root ? List.of()
        : tree.groupPath(dag.id()));
    readerPath.add(dag);
    ObjectNode source = source(tree.seenFrom(tree.channel(reference), readerPath, PipelineTree.Surfacing.NONE), dag);
    if (reference instanceof ArgumentValue.LoopItemRef i && i.field() != null) {
      source.put("parameterExpressionSelector", "parseJson(string_value)[\"" + i.field() + "\"]");
    }
    return source;
  }

  /** Where a DAG's task takes a channel from: its producer in the same DAG, else the DAG's own inputs. */
  ObjectNode source(Channel channel, Group dag) {
    ObjectNode source = F.objectNode();
    boolean parameter = channel.type() instanceof IoType.Parameter;
    if (tree.origin(channel).equals(dag)) {
      if (channel instanceof Channel.Field field) {
        source.put("componentInputParameter", field.item().inputName());
        source.put("parameterExpressionSelector", "parseJson(string_value)[\"" + field.field() + "\"]");
        return source;
      }
      if (channel instanceof Channel.Surfaced surfaced) {
        source.putObject(parameter ? "taskOutputParameter" : "taskOutputArtifact")
            .put(parameter ? "outputParameterKey" : "outputArtifactKey", surfaced.inner().fullName())
            .put("producerTask", surfaced.callName());
        return source;
      }
      if (channel instanceof Channel.Output out) {
        source.putObject(parameter ? "taskOutputParameter" : "taskOutputArtifact")
            .put(parameter ? "outputParameterKey" : "outputArtifactKey", out.output())
            .put("producerTask", out.task());
        return source;
      }
      if (channel instanceof Channel.Param param) {
        source.put(parameter ? "componentInputParameter" : "componentInputArtifact", param.name());
        return source;
      }
    }
    source.put(parameter ? "componentInputParameter" : "componentInputArtifact", channel.inputName());
    return source;
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;

/**
 * How a value given when the pipeline runs reads in the DAG of one task, as KFP's
 * {@code TaskInputsSpec.InputParameterSpec} JSON: {@code {componentInputParameter: ...}} or
 * {@code {taskOutputParameter: {producerTask, outputParameterKey}}}. The IR compiler, which knows each DAG's inputs
 * (a pipeline parameter is {@code pipelinechannel--<name>} inside a sub-DAG, an outer task's output a surfaced
 * input), gives its own; {@link #ROOT_DAG} is right for tasks of the root DAG.
 */
@FunctionalInterface
public interface ParameterSpecs {

  /**
   * The parameter spec of {@code value} (never a constant).
   *
   * @throws V2CompileException when the DAG cannot read it
   */
  ObjectNode of(ArgumentValue value);

  /**
   * For tasks of the root DAG: a pipeline parameter by its name, a task's output by the task's and output's names;
   * a loop item or text with references in it is refused.
   */
  ParameterSpecs ROOT_DAG = value -> {
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    if (value instanceof ArgumentValue.ParameterRef p) {
      spec.put("componentInputParameter", p.parameter());
    } else if (value instanceof ArgumentValue.OutputRef o) {
      ObjectNode output = spec.putObject("taskOutputParameter");
      output.put("outputParameterKey", o.output());
      output.put("producerTask", o.task());
    } else {
      String what = value instanceof ArgumentValue.LoopItemRef item ? "the item of loop for-loop-" + item.loop().ordinal()
          : "text joined when the pipeline runs";
      throw new V2CompileException("a Kubernetes setting reads " + what + ", which the root DAG's kubernetes"
          + " settings cannot take (they take a constant, a pipeline parameter or one task output); pass the value"
          + " through a task output instead");
    }
    return spec;
  };
}

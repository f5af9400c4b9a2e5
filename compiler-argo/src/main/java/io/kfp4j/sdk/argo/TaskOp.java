package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.task.TaskSettings;
import java.util.List;
import java.util.Map;

/**
 * One task resolved as KFP's {@code ContainerOp}: its command line with every reference written as
 * {@code {{inputs.parameters.<name>}}}, the values it reads, its file inputs and its outputs.
 *
 * @param node the task
 * @param command the resolved command
 * @param args the resolved arguments
 * @param params the run-time values the container reads (KFP's {@code op.inputs}), without repeats
 * @param inputArtifacts file inputs, sorted by name, each with its data as text
 * @param outputPaths output name (as the spec names it) to its path in the container
 * @param parameterArguments input name to the text of each input read by value
 * @param written the settings that may be given at run time (resources, volumes, a resource's manifest), each reference
 *     written as {@code {{inputs.parameters.<name>}}}
 */
record TaskOp(TaskNode node, List<String> command, List<String> args, List<ParamRef> params,
    List<InputArtifact> inputArtifacts, Map<String, String> outputPaths, Map<String, String> parameterArguments,
    SettingText written) {

  TaskOp {
    command = List.copyOf(command);
    args = List.copyOf(args);
    params = List.copyOf(params);
    inputArtifacts = List.copyOf(inputArtifacts);
  }

  /** The task's settings, as the IR holds them; {@link #written()} has those given at run time as Argo text. */
  TaskSettings settings() {
    return node.settings();
  }

  /**
   * For a resource task, what it does (its manifest as Argo text in {@link #written()}); else {@code null}.
   */
  ResourceOperation resource() {
    return node.resource();
  }

  /** The task's name, also its template's. */
  String name() {
    return node.name();
  }

  /**
   * A file input before data passing is decided: its sanitized input name, its path and its data.
   *
   * @param name the input's name, sanitized keeping case
   * @param path where the container reads it
   * @param data the argument as text, possibly a single {@code {{inputs.parameters.x}}}
   */
  record InputArtifact(String name, String path, String data) {}
}

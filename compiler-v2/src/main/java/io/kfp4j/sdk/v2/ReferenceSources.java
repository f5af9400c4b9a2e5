package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;

/**
 * Where a task's DAG has a value given at run time, for the Kubernetes platform document: the task's own DAG's
 * input ({@code componentInputParameter}, {@code pipelinechannel--…} inside a sub-DAG) or its producer's output
 * ({@code taskOutputParameter}), as KFP 2 rewrites a platform config's references for sub-DAGs
 * ({@code _rewrite_platform_config_input_references}). The compiler passes every such value down to the task's DAG
 * ({@link PipelineTree#kubernetesReferences}).
 */
final class ReferenceSources {
  private final PipelineTree tree;
  private final TaskInputs inputs;

  /** @throws V2CompileException for whatever KFP v2 cannot express, as the compiler would */
  ReferenceSources(PipelineGraph graph) {
    this.tree = new PipelineTree(graph, null);
    this.inputs = new TaskInputs(tree);
  }

  /**
   * The source of a single reference (a parameter, an output or a loop item) read by a task, e.g.
   * {@code {"componentInputParameter": "pipelinechannel--claim"}}.
   */
  ObjectNode of(String task, ArgumentValue reference) {
    List<Group> path = tree.taskPath(task);
    if (path == null) {
      if (!tree.graph().exitTask().map(task::equals).orElse(false)) {
        throw new IllegalArgumentException("no task \"" + task + "\" in pipeline \"" + tree.graph().name() + "\"");
      }
      return inputs.selected(reference, tree.graph().root()); // the exit task runs in the root DAG
    }
    return inputs.selected(reference, path.get(path.size() - 1));
  }
}

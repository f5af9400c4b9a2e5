package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.PipelineSettings;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.TaskSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One component compiled by itself, as KFP 2 compiles a component (and writes a v2 component YAML): a pipeline of
 * one task named after the component, whose inputs are the pipeline's inputs and whose outputs are the pipeline's
 * outputs ({@code root.dag.outputs}, {@code root.outputDefinitions}).
 */
final class ComponentPipeline {
  private ComponentPipeline() {}

  /** The spec's parts. */
  static SpecParts build(LoadedComponent component) {
    ComponentPorts ports = ComponentPorts.of(component.spec());
    String name = KfpNames.k8sName(component.spec().nameOrDefault());
    List<PipelineParameter> parameters = new ArrayList<>();
    Map<String, ArgumentValue> arguments = new LinkedHashMap<>();
    Map<String, Port> rootPorts = new LinkedHashMap<>();
    ports.inputs().forEach((v1Name, port) -> {
      parameters.add(new PipelineParameter(port.name(), null, null));
      arguments.put(v1Name, new ArgumentValue.ParameterRef(port.name()));
      rootPorts.put(port.name(), port);
    });
    TaskNode task = new TaskNode(name, component, arguments, TaskSettings.DEFAULT, List.of());
    PipelineGraph graph = new PipelineGraph(name, null, null, parameters, Map.of(name, task),
        new Group.Root(List.<Member>of(new Member.TaskMember(name))), PipelineSettings.DEFAULT);
    DagBuilder dags = new DagBuilder(graph, rootPorts);
    ObjectNode root = dags.build();
    ObjectNode outputs = root.objectNode();
    ObjectNode dagOutputs = root.objectNode();
    for (Port port : ports.outputs().values()) {
      DagBuilder.definition(outputs, port.name(), port.type());
      if (port.isParameter()) {
        dagOutputs.with("parameters").putObject(port.name()).putObject("valueFromParameter")
            .put("outputParameterKey", port.name()).put("producerSubtask", name);
      } else {
        dagOutputs.with("artifacts").putObject(port.name()).putArray("artifactSelectors").addObject()
            .put("outputArtifactKey", port.name()).put("producerSubtask", name);
      }
    }
    if (!outputs.isEmpty()) {
      root.set("outputDefinitions", outputs);
      ((ObjectNode) root.get("dag")).set("outputs", dagOutputs);
    }
    component.spec().v2Native().ifPresent(v2 -> {
      // the pipeline's inputs and outputs are the published component's, descriptions included, as KFP writes them
      ObjectNode published = v2.component();
      for (String definitions : List.of("inputDefinitions", "outputDefinitions")) {
        if (published.has(definitions)) {
          root.set(definitions, published.get(definitions));
        }
      }
    });
    ObjectNode info = root.objectNode().put("name", name);
    return new SpecParts(info, root, dags.components(), dags.executors(), null);
  }
}

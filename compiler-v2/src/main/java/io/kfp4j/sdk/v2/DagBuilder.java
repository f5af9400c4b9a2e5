package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the spec's {@code root}, {@code components} and {@code deploymentSpec} from the pipeline's tree of groups, as
 * KFP 2's {@code pipeline_spec_builder} does: one component and one executor per task ({@code comp-<task>},
 * {@code exec-<task>}), one component per group ({@code comp-condition-1}, {@code comp-for-loop-2},
 * {@code comp-exit-handler-1}) whose DAG holds the group's members, values read across DAGs passed down each sub-DAG
 * in between as {@code pipelinechannel--<name>} inputs ({@link Crossings}).
 */
final class DagBuilder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final PipelineGraph graph;
  private final Map<String, Port> rootPorts;
  private final Map<GroupId, String> componentNameOf = new HashMap<>();
  private final ObjectNode components = F.objectNode();
  private final ObjectNode executors = F.objectNode();
  private final Map<String, String> executorOf = new LinkedHashMap<>();
  private PipelineTree tree;
  private Crossings crossings;
  private TaskInputs inputs;

  DagBuilder(PipelineGraph graph) {
    this(graph, null);
  }

  /**
   * @param rootPorts for a component compiled by itself, its inputs (by v2 name) as the pipeline's inputs, with
   *     their types and defaults; {@code null} to take them from the pipeline's parameters
   */
  DagBuilder(PipelineGraph graph, Map<String, Port> rootPorts) {
    this.graph = graph;
    this.rootPorts = rootPorts;
  }

  /** The spec's {@code root}; {@link #components()} and {@link #executors()} are filled on the way. */
  ObjectNode build() {
    tree = new PipelineTree(graph, rootPorts);
    crossings = new Crossings(tree);
    inputs = new TaskInputs(tree);
    ObjectNode root = F.objectNode();
    ObjectNode definitions = rootInputs();
    if (!definitions.isEmpty()) {
      root.set("inputDefinitions", definitions);
    }
    Set<String> componentNames = new LinkedHashSet<>();
    for (Group group : graph.groups()) {
      ObjectNode owner = group instanceof Group.Root ? root : components.with(componentNameOf.get(group.id()));
      buildDag(group, owner, componentNames);
      if (group instanceof Group.Graph call) {
        surfaceOutputs(call, owner);
      }
    }
    graph.exitTask().ifPresent(exit -> addExitTask(graph.tasks().get(exit), root, componentNames));
    return root;
  }

  ObjectNode components() {
    return components;
  }

  ObjectNode executors() {
    return executors;
  }

  /** Each task's executor label, in the order written. */
  Map<String, String> executorLabels() {
    return executorOf;
  }

  /** A graph component's call's outputs read outside it: {@code outputDefinitions} and {@code dag.outputs}. */
  private void surfaceOutputs(Group.Graph call, ObjectNode component) {
    crossings.surfacedBy(call).forEach((name, output) -> {
      boolean parameter = output.type() instanceof IoType.Parameter;
      definition(component.with("outputDefinitions"), name, output.type());
      ObjectNode outputs = component.with("dag").with("outputs");
      if (parameter) {
        outputs.with("parameters").putObject(name).putObject("valueFromParameter")
            .put("outputParameterKey", output.key()).put("producerSubtask", output.producer());
      } else {
        outputs.with("artifacts").putObject(name).putArray("artifactSelectors").addObject()
            .put("outputArtifactKey", output.key()).put("producerSubtask", output.producer());
      }
    });
  }

  /** The pipeline's inputs: its parameters, a default making one optional; or the component's inputs. */
  private ObjectNode rootInputs() {
    ObjectNode definitions = F.objectNode();
    if (rootPorts != null) {
      rootPorts.values().forEach(port -> portDefinition(definitions, port));
      return definitions;
    }
    for (PipelineParameter p : graph.parameters()) {
      IoType type = tree.parameterType(p.name());
      ObjectNode def = definition(definitions, p.name(), type);
      if (p.defaultText() != null && type instanceof IoType.Parameter parameter) {
        try {
          def.set("defaultValue", TypeMapping.value(parameter.parameterType(), p.defaultText()));
        } catch (IllegalArgumentException e) {
          throw new V2CompileException("pipeline \"" + graph.name() + "\", parameter \"" + p.name() + "\": its"
              + " default " + e.getMessage() + ", which its type " + parameter.parameterType() + " needs");
        }
        def.put("isOptional", true);
      }
    }
    return definitions;
  }

  private void buildDag(Group group, ObjectNode owner, Set<String> componentNames) {
    ObjectNode tasks = F.objectNode();
    List<Member> ordered = new ArrayList<>();
    group.members().stream().filter(m -> m instanceof Group).forEach(ordered::add);
    group.members().stream().filter(m -> m instanceof Member.TaskMember).forEach(ordered::add);
    for (Member member : ordered) {
      String name;
      ObjectNode taskSpec;
      ObjectNode component;
      if (member instanceof Member.TaskMember t) {
        TaskNode task = graph.tasks().get(t.task());
        name = task.name();
        taskSpec = taskSpec(task, group);
        component = taskComponent(task);
      } else {
        Group sub = (Group) member;
        name = GroupNames.of(sub);
        component = F.objectNode();
        taskSpec = groupTaskSpec(sub, group, component);
      }
      Set<String> deps = crossings.dependenciesOf(name);
      if (!deps.isEmpty()) {
        deps.forEach(taskSpec.putArray("dependentTasks")::add);
      }
      String componentName = Names.unique("comp-" + name, componentNames);
      componentNames.add(componentName);
      taskSpec.putObject("componentRef").put("name", componentName);
      if (member instanceof Group sub) {
        componentNameOf.put(sub.id(), componentName);
      }
      components.set(componentName, component);
      tasks.set(name, taskSpec);
    }
    owner.putObject("dag").set("tasks", tasks);
  }

  private ObjectNode taskComponent(TaskNode task) {
    var v2 = task.component().spec().v2Native();
    if (v2.isPresent()) {
      // a component from a KFP v2 component file is written as published, as KFP 2 writes a loaded component
      String executor = Names.unique("exec-" + task.name(), asSet(executors));
      executorOf.put(task.name(), executor);
      executors.set(executor, Executors.v2NativeExecutor(task, v2.get(), Refusals.where(graph, task),
          tree::placeholders));
      return v2.get().componentWithExecutorLabel(executor);
    }
    ComponentPorts p = tree.ports(task.name());
    ObjectNode component = F.objectNode();
    ObjectNode inputs = F.objectNode();
    p.inputs().values().forEach(port -> portDefinition(inputs, port));
    ObjectNode outputs = F.objectNode();
    p.outputs().values().forEach(port -> definition(outputs, port.name(), port.type()));
    if (!inputs.isEmpty()) {
      component.set("inputDefinitions", inputs);
    }
    if (!outputs.isEmpty()) {
      component.set("outputDefinitions", outputs);
    }
    String executor = Names.unique("exec-" + task.name(), asSet(executors));
    component.put("executorLabel", executor);
    executorOf.put(task.name(), executor);
    executors.set(executor, task.importer() != null ? Importers.executor(task)
        : Executors.executor(task, p, Refusals.where(graph, task), tree::placeholders));
    return component;
  }

  /** An input's definition with its default and whether it is optional. */
  static void portDefinition(ObjectNode definitions, Port port) {
    ObjectNode def = definition(definitions, port.name(), port.type());
    if (port.optional()) {
      def.put("isOptional", true);
    }
    if (port.defaultValue() != null) {
      def.set("defaultValue", port.defaultValue());
    }
  }

  private static Set<String> asSet(ObjectNode node) {
    Set<String> names = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** {@code inputDefinitions.parameters.<name>.parameterType} or {@code ....artifacts.<name>.artifactType}. */
  static ObjectNode definition(ObjectNode definitions, String name, IoType type) {
    if (type instanceof IoType.Parameter p) {
      return definitions.with("parameters").putObject(name).put("parameterType", p.parameterType());
    }
    IoType.Artifact a = (IoType.Artifact) type;
    ObjectNode def = definitions.with("artifacts").putObject(name);
    def.putObject("artifactType").put("schemaTitle", a.schemaTitle()).put("schemaVersion", a.schemaVersion());
    return def;
  }

  private ObjectNode taskSpec(TaskNode task, Group dag) {
    ObjectNode spec = F.objectNode();
    ObjectNode taskInputs = inputs.of(task, dag);
    if (!taskInputs.isEmpty()) {
      spec.set("inputs", taskInputs);
    }
    TaskSpecs.applySettings(spec, task.name(), task.settings(), Refusals.where(graph, task));
    return spec;
  }

  private ObjectNode groupTaskSpec(Group group, Group parent, ObjectNode component) {
    Map<String, Channel> passed = new LinkedHashMap<>(crossings.inputsOf(group));
    Channel.Item item = null;
    if (group instanceof Group.Loop loop) {
      item = tree.item(loop);
      passed.remove(item.fullName());
      if (loop.source() instanceof LoopSource.DynamicItems d) {
        Channel list = tree.itemsOf(loop);
        if (!(list.type() instanceof IoType.Parameter lp && lp.parameterType().equals("LIST"))) {
          throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over "
              + list.fullName() + " of type " + (list.type() instanceof IoType.Parameter lp ? lp.parameterType()
              : "artifact") + "; KFP v2 iterates over a list (JsonArray) only. Declare it a JsonArray, or compile"
              + " for the Argo target (KFP v1)");
        }
        passed.putIfAbsent(list.fullName(), list);
      }
    } else if (group instanceof Group.Conditional c) {
      tree.operandsSeen(c).forEach(ch -> passed.putIfAbsent(ch.fullName(), ch));
    }
    ObjectNode spec = F.objectNode();
    ObjectNode taskInputs = F.objectNode();
    ObjectNode definitions = F.objectNode();
    for (Channel channel : passed.values()) {
      taskInputs.with(channel.type() instanceof IoType.Parameter ? "parameters" : "artifacts")
          .set(channel.inputName(), inputs.source(channel, parent));
      definition(definitions, channel.inputName(), channel.type());
    }
    if (item != null) {
      definition(definitions, item.inputName(), item.type());
    }
    if (!taskInputs.isEmpty()) {
      spec.set("inputs", taskInputs);
    }
    if (!definitions.isEmpty()) {
      component.set("inputDefinitions", definitions);
    }
    // a named condition shows its name, as KFP 2 shows a group's display name
    spec.putObject("taskInfo").put("name", group instanceof Group.Conditional c && c.label() != null ? c.label()
        : GroupNames.of(group));
    if (group instanceof Group.Loop loop) {
      ObjectNode iterator = spec.putObject("parameterIterator");
      iterator.put("itemInput", item.inputName());
      if (loop.source() instanceof LoopSource.StaticItems items) {
        iterator.putObject("items").put("raw", PythonJson.dumps(items.items()));
      } else {
        iterator.putObject("items").put("inputParameter",
            tree.itemsOf(loop).inputName());
      }
      if (loop.parallelism() != null) {
        spec.putObject("iteratorPolicy").put("parallelismLimit", loop.parallelism());
      }
    } else if (group instanceof Group.Conditional c) {
      String where = "pipeline \"" + graph.name() + "\", " + GroupNames.of(c);
      spec.putObject("triggerPolicy").put("condition",
          Conditions.cel(operand(c.condition().left(), c, where), c.condition().operator(),
              operand(c.condition().right(), c, where), where));
    }
    return spec;
  }

  private Conditions.Operand operand(ArgumentValue value, Group.Conditional condition, String where) {
    if (value instanceof ArgumentValue.Constant c) {
      return new Conditions.Operand.Constant(c.text());
    }
    if (value instanceof ArgumentValue.Template) {
      throw new V2CompileException(where + ": compares formatted text, which KFP v2 conditions cannot; compare a"
          + " parameter, an output or a loop item, or compile for the Argo target (KFP v1)");
    }
    Channel channel = value instanceof ArgumentValue.LoopItemRef i && i.field() != null ? tree.field(i)
        : tree.channel(value);
    return new Conditions.Operand.Read(tree.seenFrom(channel, tree.groupPath(condition.id()),
        PipelineTree.Surfacing.NONE));
  }

  private void addExitTask(TaskNode exit, ObjectNode root, Set<String> componentNames) {
    String where = Refusals.where(graph, exit);
    if (exit.arguments().values().stream().anyMatch(a -> !ArgumentValue.outputRefs(a).isEmpty())
        || !exit.after().isEmpty()) {
      throw new V2CompileException(where + ": the exit task reads or waits for other tasks; in KFP v2 it runs after"
          + " the exit handler alone and reads pipeline parameters and constants only. Pass parameters, or compile"
          + " for the Argo target (KFP v1)");
    }
    ObjectNode spec = taskSpec(exit, graph.root());
    Group handler = graph.root().members().stream().filter(m -> m instanceof Group.ExitHandler)
        .map(m -> (Group) m).findFirst().orElseThrow();
    spec.putArray("dependentTasks").add(GroupNames.of(handler));
    spec.putObject("triggerPolicy").put("strategy", "ALL_UPSTREAM_TASKS_COMPLETED");
    ObjectNode component = taskComponent(exit);
    String componentName = Names.unique("comp-" + exit.name(), componentNames);
    componentNames.add(componentName);
    spec.putObject("componentRef").put("name", componentName);
    components.set(componentName, component);
    root.with("dag").with("tasks").set(exit.name(), spec);
  }
}

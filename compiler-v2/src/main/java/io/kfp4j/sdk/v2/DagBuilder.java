package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.runtime.types.PythonJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the spec's {@code root}, {@code components} and {@code deploymentSpec} from the pipeline's tree of groups, as
 * KFP 2's {@code pipeline_spec_builder} does: one component and one executor per task ({@code comp-<task>},
 * {@code exec-<task>}), one component per group ({@code comp-condition-1}, {@code comp-for-loop-2},
 * {@code comp-exit-handler-1}) whose DAG holds the group's members, values read across DAGs passed down each sub-DAG
 * in between as {@code pipelinechannel--<name>} inputs, and each dependency between the first groups (or tasks) that
 * do not contain both ends.
 */
final class DagBuilder {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final PipelineGraph graph;
  private final Map<String, ComponentPorts> ports = new HashMap<>();
  private final Map<String, List<Group>> taskPath = new HashMap<>();
  private final Map<GroupId, List<Group>> groupPath = new HashMap<>();
  private final Map<String, Map<String, Channel>> groupInputs = new HashMap<>();
  private final Map<String, Set<String>> dependencies = new HashMap<>();
  private final Map<String, IoType> parameterTypes = new LinkedHashMap<>();
  private final ObjectNode components = F.objectNode();
  private final ObjectNode executors = F.objectNode();

  private final Map<String, Port> rootPorts;

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
    Refusals.checkPipeline(graph);
    for (PipelineParameter p : graph.parameters()) {
      parameterTypes.put(p.name(), rootPorts != null ? rootPorts.get(p.name()).type()
          : p.kfpType() == null ? IoType.STRING : TypeMapping.ofName(p.kfpType()));
    }
    for (TaskNode task : graph.tasks().values()) {
      Refusals.checkTask(graph, task);
      try {
        ports.put(task.name(), ComponentPorts.of(task.component().spec()));
      } catch (IllegalArgumentException e) {
        throw new V2CompileException(Refusals.where(graph, task) + ": a default of its component \""
            + task.component().spec().nameOrDefault() + "\" is not a value of its input's type: " + e.getMessage());
      }
    }
    index(graph.root(), new ArrayList<>());
    collectReads(graph.root());
    ObjectNode root = F.objectNode();
    ObjectNode inputs = F.objectNode();
    if (rootPorts != null) {
      rootPorts.values().forEach(port -> portDefinition(inputs, port));
    }
    for (PipelineParameter p : rootPorts != null ? List.<PipelineParameter>of() : graph.parameters()) {
      ObjectNode def = definition(inputs, p.name(), parameterTypes.get(p.name()));
      if (p.defaultText() != null && parameterTypes.get(p.name()) instanceof IoType.Parameter type) {
        try {
          def.set("defaultValue", TypeMapping.value(type.parameterType(), p.defaultText()));
        } catch (IllegalArgumentException e) {
          throw new V2CompileException("pipeline \"" + graph.name() + "\", parameter \"" + p.name() + "\": its"
              + " default " + e.getMessage() + ", which its type " + type.parameterType() + " needs");
        }
        def.put("isOptional", true);
      }
    }
    if (!inputs.isEmpty()) {
      root.set("inputDefinitions", inputs);
    }
    Set<String> componentNames = new LinkedHashSet<>();
    for (Group group : graph.groups()) {
      ObjectNode owner = group instanceof Group.Root ? root : components.with(componentNameOf(group));
      buildDag(group, owner, componentNames);
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

  // ---- the tree: where each task and group sits

  private void index(Group group, List<Group> path) {
    groupPath.put(group.id(), List.copyOf(path));
    List<Group> inner = new ArrayList<>(path);
    inner.add(group);
    for (Member member : group.members()) {
      if (member instanceof Member.TaskMember t) {
        taskPath.put(t.task(), List.copyOf(inner));
      } else if (member instanceof Group.Graph g && g.recursive()) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": graph component \"" + g.name() + "\" calls"
            + " itself, and KFP v2 has no recursion; compile with --target argo");
      } else if (member instanceof Member.RecursiveCall) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": a graph component calls itself, and KFP v2"
            + " has no recursion; compile with --target argo");
      } else if (member instanceof Group g) {
        index(g, inner);
      }
    }
  }

  private Map<String, Channel> inputsOf(Group group) {
    return groupInputs.computeIfAbsent(GroupNames.of(group), k -> new LinkedHashMap<>());
  }

  // ---- what crosses DAGs, and the dependencies

  private void collectReads(Group group) {
    for (Member member : group.members()) {
      if (member instanceof Member.TaskMember t) {
        TaskNode task = graph.tasks().get(t.task());
        List<Group> path = taskPath.get(task.name());
        task.arguments().values().forEach(a -> references(a).forEach(c -> read(path, task.name(), c, true)));
        for (Group enclosing : path) {
          if (enclosing instanceof Group.Conditional c) {
            operands(c).forEach(ch -> read(path, task.name(), ch, true));
          }
        }
        task.after().forEach(upstream -> depend(path, task.name(), upstream, false));
        task.afterGroups().forEach(upstream -> dependOnGroup(path, task.name(), upstream));
        // KFP 2 passes run-time resources through task inputs but records no dependency for them
        resourceReferences(task).values().forEach(v -> references(v.value())
            .forEach(c -> passDown(path, task.name(), c)));
      } else if (member instanceof Group.Loop loop && loop.source() instanceof LoopSource.DynamicItems d) {
        read(groupPath.get(loop.id()), GroupNames.of(loop), channel(d.list()), true);
        collectReads(loop);
      } else if (member instanceof Group.Conditional c) {
        operands(c).forEach(ch -> read(groupPath.get(c.id()), GroupNames.of(c), ch, true));
        collectReads(c);
      } else if (member instanceof Group.Graph g) {
        List<Group> path = groupPath.get(g.id());
        g.after().forEach(upstream -> depend(path, GroupNames.of(g), upstream, false));
        g.afterGroups().forEach(upstream -> dependOnGroup(path, GroupNames.of(g), upstream));
        collectReads(g);
      } else if (member instanceof Group g) {
        collectReads(g);
      }
    }
  }

  /** A reader inside {@code path} reads {@code channel}: each group between the channel's origin and it gets it. */
  private void read(List<Group> path, String reader, Channel channel, boolean data) {
    passDown(path, reader, channel);
    if (channel instanceof Channel.Output out) {
      depend(path, reader, out.task(), data);
    }
  }

  /** Each group between the channel's origin and the reader inside {@code path} gets the channel as an input. */
  private void passDown(List<Group> path, String reader, Channel channel) {
    Group origin = origin(channel);
    int at = path.indexOf(origin);
    if (at < 0) {
      Channel.Output out = (Channel.Output) channel;
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + reader + " reads output " + out.output()
          + " of task " + out.task() + ", which runs inside " + GroupNames.of(origin) + " that does not contain "
          + reader + "; KFP v2 passes a value only into the groups inside the one that makes it. Move the reader"
          + " into that group, or compile with --target argo");
    }
    for (Group g : path.subList(at + 1, path.size())) {
      inputsOf(g).putIfAbsent(channel.fullName(), channel);
    }
  }

  /**
   * The task's resources given when the pipeline runs, by the name of the task input KFP 2 carries each in
   * ({@code cpu_limit}, {@code memory_request}, {@code accelerator_count}, ...).
   */
  private static Map<String, io.kfp4j.sdk.task.SettingValue.Reference> resourceReferences(TaskNode task) {
    Map<String, io.kfp4j.sdk.task.SettingValue.Reference> refs = new LinkedHashMap<>();
    var resources = task.settings().resources();
    resources.requests().forEach((name, value) -> {
      if (value instanceof io.kfp4j.sdk.task.SettingValue.Reference r) {
        refs.put(name + "_request", r);
      }
    });
    resources.limits().forEach((name, value) -> {
      if (value instanceof io.kfp4j.sdk.task.SettingValue.Reference r) {
        refs.put(name.equals("cpu") || name.equals("memory") ? name + "_limit" : "accelerator_count", r);
      }
    });
    return refs;
  }

  /** A value given at run time as text with the placeholders of the compiler-injected inputs carrying it. */
  private String placeholders(io.kfp4j.sdk.task.SettingValue.Reference reference) {
    List<ArgumentValue> parts = reference.value() instanceof ArgumentValue.Template t ? t.parts()
        : List.of(reference.value());
    StringBuilder text = new StringBuilder();
    for (ArgumentValue part : parts) {
      if (part instanceof ArgumentValue.Constant c) {
        text.append(c.text());
      } else {
        text.append("{{$.inputs.parameters['").append(injectedName(part)).append("']}}");
      }
    }
    return text.toString();
  }

  /** The compiler-injected input carrying a reference: the channel's, with the loop item's field when it has one. */
  private String injectedName(ArgumentValue part) {
    String field = part instanceof ArgumentValue.LoopItemRef i ? i.field() : null;
    return channel(part).inputName() + (field == null ? "" : "-subvar-" + field);
  }

  private void depend(List<Group> readerPath, String reader, String upstream, boolean data) {
    dependOn(readerPath, reader, taskPath.get(upstream), upstream, data);
  }

  /** The reader waits for a whole graph component's call. */
  private void dependOnGroup(List<Group> readerPath, String reader, GroupId upstream) {
    Group group = graph.group(upstream).orElseThrow();
    dependOn(readerPath, reader, groupPath.get(upstream), GroupNames.of(group), false);
  }

  /** Records the dependency between the first groups (or tasks) of the two chains that differ, as KFP 2 does. */
  private void dependOn(List<Group> readerPath, String reader, List<Group> upGroups, String upstream, boolean data) {
    List<String> down = new ArrayList<>(readerPath.stream().map(GroupNames::of).toList());
    down.add(reader);
    List<String> up = new ArrayList<>(upGroups.stream().map(GroupNames::of).toList());
    up.add(upstream);
    int common = 0;
    while (common < up.size() && common < down.size() && up.get(common).equals(down.get(common))) {
      common++;
    }
    if (up.size() - common > 1) {
      Group inner = upGroups.get(common);
      if (!(inner instanceof Group.Loop || inner instanceof Group.Graph) || data) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": " + reader + (data ? " reads from " : " runs"
            + " after ") + upstream + ", which runs inside " + GroupNames.of(inner) + " that does not contain "
            + reader + "; KFP v2 allows this only "
            + (inner instanceof Group.Loop ? "to wait for a whole loop" : "inside that group")
            + ". Move " + reader + " into " + GroupNames.of(inner) + ", or compile with --target argo");
      }
    }
    dependencies.computeIfAbsent(down.get(common), k -> new TreeSet<>()).add(up.get(common));
  }

  private Group origin(Channel channel) {
    if (channel instanceof Channel.Output out) {
      List<Group> path = taskPath.get(out.task());
      return path.get(path.size() - 1);
    }
    if (channel instanceof Channel.Item item) {
      return item.loop();
    }
    return graph.root();
  }

  /** The channels a value reads (a template's references, or the value itself). */
  private List<Channel> references(ArgumentValue value) {
    if (value instanceof ArgumentValue.Constant) {
      return List.of();
    }
    if (value instanceof ArgumentValue.Template t) {
      return t.parts().stream().filter(p -> !(p instanceof ArgumentValue.Constant)).map(this::channel).toList();
    }
    return List.of(channel(value));
  }

  private List<Channel> operands(Group.Conditional c) {
    List<Channel> channels = new ArrayList<>();
    channels.addAll(references(c.condition().left()));
    channels.addAll(references(c.condition().right()));
    return channels;
  }

  Channel channel(ArgumentValue value) {
    if (value instanceof ArgumentValue.ParameterRef p) {
      return new Channel.Param(p.parameter(), parameterTypes.getOrDefault(p.parameter(), IoType.STRING));
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      Port port = ports.get(o.task()).outputs().get(o.output());
      return new Channel.Output(o.task(), port.name(), port.type());
    }
    if (value instanceof ArgumentValue.LoopItemRef item) {
      return item((Group.Loop) graph.group(item.loop()).orElseThrow());
    }
    throw new IllegalArgumentException("not a single reference: " + value);
  }

  private Channel.Item item(Group.Loop loop) {
    if (loop.source() instanceof LoopSource.StaticItems items) {
      return new Channel.Item(loop, GroupNames.staticItem(loop), staticItemType(loop, items));
    }
    Channel list = channel(((LoopSource.DynamicItems) loop.source()).list());
    return new Channel.Item(loop, list.fullName() + "-loop-item", IoType.STRING);
  }

  private IoType staticItemType(Group.Loop loop, LoopSource.StaticItems items) {
    if (!items.references().isEmpty()) {
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over a"
          + " static list holding values given when the pipeline runs; KFP v2 takes only constant items. Loop over a"
          + " task output or a parameter instead, or compile with --target argo");
    }
    if (items.items().isEmpty()) {
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over an"
          + " empty list, which KFP v2 refuses; give it items");
    }
    Object first = items.items().get(0);
    String type = first instanceof Map<?, ?> ? "STRUCT" : first instanceof List<?> ? "LIST"
        : first instanceof Boolean ? "BOOLEAN" : first instanceof Integer || first instanceof Long ? "NUMBER_INTEGER"
        : first instanceof Number ? "NUMBER_DOUBLE" : "STRING";
    return new IoType.Parameter(type);
  }

  // ---- writing the DAGs

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
      Set<String> deps = dependencies.get(name);
      if (deps != null && !deps.isEmpty()) {
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

  private final Map<GroupId, String> componentNameOf = new HashMap<>();

  private String componentNameOf(Group group) {
    return componentNameOf.get(group.id());
  }

  private ObjectNode taskComponent(TaskNode task) {
    ComponentPorts p = ports.get(task.name());
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
    executors.set(executor, Executors.executor(task, p, Refusals.where(graph, task), this::placeholders));
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
    String where = Refusals.where(graph, task);
    ObjectNode spec = F.objectNode();
    ObjectNode inputs = F.objectNode();
    ComponentPorts p = ports.get(task.name());
    task.arguments().forEach((inputName, value) -> {
      Port port = p.inputs().get(inputName);
      String key = port.isParameter() ? "parameters" : "artifacts";
      String at = where + ", input \"" + inputName + "\"";
      if (value instanceof ArgumentValue.Constant c) {
        if (!port.isParameter()) {
          throw new V2CompileException(at + ": KFP v2 passes a constant only to a parameter, and this input is a"
              + " file (an artifact); produce the file with a task, or compile with --target argo");
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
              + " a file (an artifact); compile with --target argo");
        }
        StringBuilder text = new StringBuilder();
        for (ArgumentValue part : t.parts()) {
          if (part instanceof ArgumentValue.Constant c) {
            text.append(c.text());
            continue;
          }
          Channel channel = channel(part);
          if (!(channel.type() instanceof IoType.Parameter)) {
            throw new V2CompileException(at + ": formats " + channel.fullName() + ", an artifact, into text; KFP v2"
                + " formats parameters only. Pass the artifact to a file input, or compile with --target argo");
          }
          text.append("{{$.inputs.parameters['").append(injectedName(part)).append("']}}");
          inputs.with("parameters").set(injectedName(part), selected(part, dag));
        }
        inputs.with("parameters").putObject(port.name()).putObject("runtimeValue").put("constant", text.toString());
      } else {
        Channel channel = channel(value);
        if (port.isParameter() != channel.type() instanceof IoType.Parameter) {
          throw new V2CompileException(at + " is " + (port.isParameter() ? "a parameter" : "a file (an artifact)")
              + " and reads " + channel.fullName() + ", " + (port.isParameter() ? "an artifact" : "a parameter")
              + "; KFP v2 does not convert between the two. Give the input and its source the same kind of type"
              + " (a parameter type such as String, or an artifact type such as Dataset), or compile with --target"
              + " argo");
        }
        ObjectNode source = source(channel, dag);
        if (value instanceof ArgumentValue.LoopItemRef item && item.field() != null) {
          source.put("parameterExpressionSelector", "parseJson(string_value)[\"" + item.field() + "\"]");
        }
        inputs.with(key).set(port.name(), source);
      }
    });
    resourceReferences(task).forEach((key, reference) -> {
      inputs.with("parameters").putObject(key).putObject("runtimeValue").put("constant", placeholders(reference));
      List<ArgumentValue> parts = reference.value() instanceof ArgumentValue.Template t ? t.parts()
          : List.of(reference.value());
      parts.stream().filter(part -> !(part instanceof ArgumentValue.Constant))
          .forEach(part -> inputs.with("parameters").set(injectedName(part), selected(part, dag)));
    });
    if (!inputs.isEmpty()) {
      spec.set("inputs", inputs);
    }
    TaskSpecs.applySettings(spec, task.name(), task.settings(), where);
    return spec;
  }

  /** {@link #source} of a reference, with the selector of a loop item's field. */
  private ObjectNode selected(ArgumentValue part, Group dag) {
    ObjectNode source = source(channel(part), dag);
    if (part instanceof ArgumentValue.LoopItemRef i && i.field() != null) {
      source.put("parameterExpressionSelector", "parseJson(string_value)[\"" + i.field() + "\"]");
    }
    return source;
  }

  /** Where a DAG's task takes a channel from: its producer in the same DAG, the DAG's own inputs otherwise. */
  private ObjectNode source(Channel channel, Group dag) {
    ObjectNode source = F.objectNode();
    boolean parameter = channel.type() instanceof IoType.Parameter;
    if (origin(channel).equals(dag)) {
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

  private ObjectNode groupTaskSpec(Group group, Group parent, ObjectNode component) {
    Map<String, Channel> passed = new LinkedHashMap<>(inputsOf(group));
    Channel.Item item = null;
    if (group instanceof Group.Loop loop) {
      item = item(loop);
      passed.remove(item.fullName());
      if (loop.source() instanceof LoopSource.DynamicItems d) {
        Channel list = channel(d.list());
        if (!(list.type() instanceof IoType.Parameter lp && lp.parameterType().equals("LIST"))) {
          throw new V2CompileException("pipeline \"" + graph.name() + "\": " + GroupNames.of(loop) + " iterates over "
              + list.fullName() + " of type " + (list.type() instanceof IoType.Parameter lp ? lp.parameterType()
              : "artifact") + "; KFP v2 iterates over a list (JsonArray) only. Declare it a JsonArray, or compile"
              + " with --target argo");
        }
        passed.putIfAbsent(list.fullName(), list);
      }
    } else if (group instanceof Group.Conditional c) {
      operands(c).forEach(ch -> passed.putIfAbsent(ch.fullName(), ch));
    }
    ObjectNode spec = F.objectNode();
    ObjectNode inputs = F.objectNode();
    ObjectNode definitions = F.objectNode();
    for (Channel channel : passed.values()) {
      inputs.with(channel.type() instanceof IoType.Parameter ? "parameters" : "artifacts")
          .set(channel.inputName(), source(channel, parent));
      definition(definitions, channel.inputName(), channel.type());
    }
    if (item != null) {
      definition(definitions, item.inputName(), item.type());
    }
    if (!inputs.isEmpty()) {
      spec.set("inputs", inputs);
    }
    if (!definitions.isEmpty()) {
      component.set("inputDefinitions", definitions);
    }
    spec.putObject("taskInfo").put("name", GroupNames.of(group));
    if (group instanceof Group.Loop loop) {
      ObjectNode iterator = spec.putObject("parameterIterator");
      iterator.put("itemInput", item.inputName());
      if (loop.source() instanceof LoopSource.StaticItems items) {
        iterator.putObject("items").put("raw", PythonJson.dumps(items.items()));
      } else {
        iterator.putObject("items").put("inputParameter",
            channel(((LoopSource.DynamicItems) loop.source()).list()).inputName());
      }
      if (loop.parallelism() != null) {
        spec.putObject("iteratorPolicy").put("parallelismLimit", loop.parallelism());
      }
    } else if (group instanceof Group.Conditional c) {
      String where = "pipeline \"" + graph.name() + "\", " + GroupNames.of(c);
      spec.putObject("triggerPolicy").put("condition",
          Conditions.cel(operand(c.condition().left(), where), c.condition().operator(),
              operand(c.condition().right(), where), where));
    }
    return spec;
  }

  private Conditions.Operand operand(ArgumentValue value, String where) {
    if (value instanceof ArgumentValue.Constant c) {
      return new Conditions.Operand.Constant(c.text());
    }
    if (value instanceof ArgumentValue.Template || value instanceof ArgumentValue.LoopItemRef i && i.field() != null) {
      throw new V2CompileException(where + ": compares formatted text or a field of a loop item, which this compiler"
          + " does not write for KFP v2; compare a parameter, an output or a whole loop item, or compile with"
          + " --target argo");
    }
    return new Conditions.Operand.Read(channel(value));
  }

  private void addExitTask(TaskNode exit, ObjectNode root, Set<String> componentNames) {
    String where = Refusals.where(graph, exit);
    if (exit.arguments().values().stream().anyMatch(a -> !ArgumentValue.outputRefs(a).isEmpty())
        || !exit.after().isEmpty()) {
      throw new V2CompileException(where + ": the exit task reads or waits for other tasks; in KFP v2 it runs after"
          + " the exit handler alone and reads pipeline parameters and constants only. Pass parameters, or compile"
          + " with --target argo");
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

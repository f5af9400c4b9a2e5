package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.PipelineSettings;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline being built on this thread: tasks register here as factories create them, groups open and close
 * around their bodies, and {@link #toGraph()} turns it all into the checked, immutable {@link PipelineGraph}.
 */
final class PipelineContext {
  private static final ThreadLocal<PipelineContext> CURRENT = new ThreadLocal<>();

  private final String name;
  private final String description;
  private final String pipelineRoot;
  final PipelineSettings.Builder settings = PipelineSettings.builder();
  private final Map<String, Param<?>> params = new LinkedHashMap<>();
  private final Map<String, PipelineParameter> parameters = new LinkedHashMap<>();
  private final Map<Task<?>, String> taskNames = new LinkedHashMap<>();
  private final Map<String, Task<?>> tasksByName = new HashMap<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private final Deque<GroupFrame> groups = new ArrayDeque<>();
  private final Map<GroupId, GroupFrame> loops = new HashMap<>();
  private final GroupFrame root;
  private final List<java.util.function.Consumer<? super Task<?>>> opTransformers = new ArrayList<>();
  private int groupCounter;
  ComponentRefs componentRefs;
  private boolean exitHandlerSeen;

  private PipelineContext(String name, String description, String pipelineRoot) {
    this.name = name;
    this.description = description;
    this.pipelineRoot = pipelineRoot;
    this.root = new GroupFrame(GroupId.ROOT);
    groups.push(root);
  }

  static Optional<PipelineContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static PipelineContext require(String what) {
    PipelineContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException(what + " can only be used while a pipeline is being built, inside"
          + " Pipelines.builder(...).build(p -> ...) or a @Pipeline method");
    }
    return context;
  }

  /** Runs the body with a fresh context on this thread and returns the checked graph. */
  static PipelineGraph build(String name, String description, String pipelineRoot,
      java.util.function.Consumer<PipelineScope> body) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("pipeline \"" + name + "\" is built inside pipeline \"" + CURRENT.get().name
          + "\"; build pipelines one at a time");
    }
    if (KfpNames.k8sName(name).isEmpty()) {
      throw new PipelineBuildException("pipeline name \"" + name + "\" has no letters or digits; give it a name"
          + " such as \"addition-pipeline\"");
    }
    PipelineContext context = new PipelineContext(name, description, pipelineRoot);
    CURRENT.set(context);
    try {
      body.accept(new PipelineScope(context));
      context.applyOpTransformers();
    } finally {
      CURRENT.remove();
    }
    return context.toGraph();
  }

  String pipelineName() {
    return name;
  }

  /** Adds a function applied to every task once the body has run, as KFP's {@code PipelineConf.op_transformers}. */
  void opTransformer(java.util.function.Consumer<? super Task<?>> transformer) {
    opTransformers.add(Objects.requireNonNull(transformer, "transformer"));
  }

  private void applyOpTransformers() {
    // KFP 1.8.22 applies add_pod_env to each op first, then the pipeline's own op transformers
    for (Task<?> task : List.copyOf(taskNames.keySet())) {
      PodEnvLabel.apply(task);
    }
    for (var transformer : opTransformers) {
      for (Task<?> task : List.copyOf(taskNames.keySet())) {
        transformer.accept(task);
      }
    }
  }

  // ---- parameters ----

  <T> Param<T> param(String paramName, Class<T> type, String defaultText) {
    String sanitized = KfpNames.k8sNameKeepCase(paramName);
    if (sanitized.isEmpty() || parameters.containsKey(sanitized)) {
      throw new PipelineBuildException("pipeline \"" + name + "\": parameter \"" + paramName + "\" "
          + (sanitized.isEmpty() ? "has no letters or digits" : "is declared twice") + "; give each parameter its own name");
    }
    Param<T> param = new Param<>(sanitized, type);
    params.put(sanitized, param);
    parameters.put(sanitized, new PipelineParameter(sanitized, JavaTypes.kfpType(type), defaultText));
    return param;
  }

  // ---- tasks ----

  String register(Task<?> task) {
    String base = KfpNames.k8sName(task.component().name());
    if (base.isEmpty()) {
      base = "component";
    }
    // KFP's rule (base, then base-2, base-3, ... whichever is free), resumed where it stopped for this base:
    // names are never freed, so the suffixes tried before are still taken, and many tasks stay linear
    String unique = base;
    int i = nextSuffix.getOrDefault(base, 2);
    while (tasksByName.containsKey(unique)) {
      unique = base + "-" + i++;
    }
    nextSuffix.put(base, i);
    taskNames.put(task, unique);
    tasksByName.put(unique, task);
    groups.peek().members.add(task);
    return unique;
  }

  // ---- groups ----

  void condition(String conditionName, Check check, Runnable body) {
    GroupFrame frame = new GroupFrame(GroupId.condition(++groupCounter));
    frame.label = conditionName;
    frame.over = "on " + GroupFrame.describe(check.left()) + " " + check.operator().symbol() + " "
        + GroupFrame.describe(check.right());
    String where = GroupFrame.shorten(frame.describe());
    frame.condition = new Comparison(argument(check.left(), where, "left operand", null),
        check.operator(), check.right() instanceof Source<?> s
            ? argument(s, where, "right operand", null)
            : new ArgumentValue.Constant(constantText(check.right())));
    run(frame, body);
  }

  <T> void loop(List<T> items, Integer parallelism, java.util.function.Consumer<LoopItem<T>> body) {
    if (items.isEmpty()) {
      throw new PipelineBuildException("pipeline \"" + name + "\": a ParallelFor over an empty list runs nothing;"
          + " give it at least one item");
    }
    // KFP v1 counts a static loop's item, then the loop itself, on the pipeline's one group counter
    int itemOrdinal = ++groupCounter;
    GroupFrame frame = new GroupFrame(GroupId.loop(++groupCounter));
    frame.over = "its static items";
    frame.loopSource = new LoopSource.StaticItems(StaticItems.normalize(references(items, frame), name));
    frame.over = GroupFrame.shorten(StaticItems.describe(((LoopSource.StaticItems) frame.loopSource).items()));
    frame.itemOrdinal = itemOrdinal;
    frame.parallelism = parallelism;
    loops.put(frame.id, frame);
    run(frame, () -> body.accept(new LoopItem<>(frame.id, null)));
  }

  /** Static items with each {@link Source} (an item, or a value of a map item) as the reference it is. */
  private List<Object> references(List<?> items, GroupFrame frame) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Source<?> s) {
        out.add(argument(s, frame.describe(), "items", null));
      } else if (item instanceof Map<?, ?> m && m.values().stream().anyMatch(v -> v instanceof Source<?>)) {
        Map<Object, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(k, v instanceof Source<?> s ? argument(s, frame.describe(), "items", null) : v));
        out.add(copy);
      } else {
        out.add(item);
      }
    }
    return out;
  }

  <T> void loop(Source<?> list, Integer parallelism, java.util.function.Consumer<LoopItem<T>> body) {
    loop(list, null, parallelism, body);
  }

  /** A loop over a run-time list whose items the pipeline declares to be {@code itemType} ({@code null}: not). */
  <T> void loop(Source<?> list, Class<?> itemType, Integer parallelism,
      java.util.function.Consumer<LoopItem<T>> body) {
    GroupFrame frame = new GroupFrame(GroupId.loop(++groupCounter));
    frame.over = GroupFrame.describe(list);
    ArgumentValue ref = argument(list, frame.describe(), "items", null);
    if (!(ref instanceof ArgumentValue.ParameterRef) && !(ref instanceof ArgumentValue.OutputRef)) {
      throw new PipelineBuildException("pipeline \"" + name + "\": " + frame.describe() + " cannot run: a"
          + " ParallelFor runs over a static list, a pipeline parameter or a task output");
    }
    frame.loopSource = new LoopSource.DynamicItems(ref, itemType == null ? null : JavaTypes.kfpType(itemType));
    frame.parallelism = parallelism;
    loops.put(frame.id, frame);
    run(frame, () -> body.accept(new LoopItem<>(frame.id, null)));
  }

  void exitHandler(Task<?> exitTask, Runnable body) {
    if (exitHandlerSeen) {
      throw new PipelineBuildException("pipeline \"" + name + "\" has more than one ExitHandler; KFP allows one,"
          + " around everything that must be guarded");
    }
    if (groups.size() > 1) {
      throw new PipelineBuildException("pipeline \"" + name + "\": ExitHandler must be at the top of the pipeline,"
          + " not inside " + groups.peek().describe());
    }
    String exitName = taskNames.get(exitTask);
    if (exitName == null) {
      throw new PipelineBuildException("pipeline \"" + name + "\": the exit task of ExitHandler was not created in"
          + " this pipeline; create it inside the pipeline, before the ExitHandler");
    }
    exitHandlerSeen = true;
    root.members.remove(exitTask);
    GroupFrame frame = new GroupFrame(GroupId.exitHandler(++groupCounter));
    frame.exitTask = exitTask;
    run(frame, body);
  }

  <R> GraphCall<R> graphCall(GraphComponent component, java.util.function.Supplier<R> body) {
    String graphName = component.name();
    if (KfpNames.k8sName(graphName).isEmpty()) {
      throw new PipelineBuildException("pipeline \"" + name + "\": graph component \"" + graphName + "\" has no letters"
          + " or digits in its name; name it as its method, such as \"flip_component\"");
    }
    String where = "graph component \"" + graphName + "\"";
    Map<String, ArgumentValue> arguments = new LinkedHashMap<>();
    component.inputs().forEach((input, source) -> {
      if (source instanceof Value<?> || source instanceof Formatted) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + where + ", input \"" + input + "\": "
            + GroupFrame.describe(source) + " is a constant; as in KFP, a graph component takes pipeline parameters,"
            + " task outputs or loop items; pass a Param (p.param(...)) or a task's Output");
      }
      arguments.put(input, argument(source, where, "input \"" + input + "\"", null));
    });
    GroupFrame open = null;
    for (GroupFrame frame : groups) {
      if (frame.id.kind() == GroupId.Kind.GRAPH && frame.graphName.equals(graphName)) {
        open = frame;
        break;
      }
    }
    if (open == null) {
      GroupFrame frame = new GroupFrame(GroupId.graph(++groupCounter));
      frame.graphName = graphName;
      frame.graphArguments = arguments;
      Object[] result = new Object[1];
      run(frame, () -> result[0] = body.get());
      @SuppressWarnings("unchecked")
      R typed = (R) result[0];
      return new GraphCall<>(this, frame, frame.id, graphName, false, typed);
    }
    boolean underCondition = false;
    List<String> cycle = new ArrayList<>(List.of(graphName));
    for (GroupFrame frame : groups) {
      if (frame == open) {
        break;
      }
      underCondition |= frame.id.kind() == GroupId.Kind.CONDITION;
      if (frame.id.kind() == GroupId.Kind.GRAPH) {
        cycle.add(0, frame.graphName);
      }
    }
    if (!underCondition) {
      cycle.add(0, graphName);
      throw new PipelineBuildException("pipeline \"" + name + "\": " + where + " calls itself ("
          + String.join(" -> ", cycle) + ") outside any Condition inside its body, so the recursion has no base case"
          + " and would never end; put the recursive call inside Condition.when(...) on a value that ends the"
          + " recursion, as KFP's recursive graph components do");
    }
    if (!open.graphArguments.keySet().equals(arguments.keySet())) {
      throw new PipelineBuildException("pipeline \"" + name + "\": the recursive call of " + where + " gives inputs "
          + arguments.keySet() + ", but the graph component takes " + open.graphArguments.keySet() + "; give the"
          + " same inputs at every call");
    }
    GroupFrame.Recursion recursion = new GroupFrame.Recursion(open, arguments, new ArrayList<>(), new ArrayList<>());
    groups.peek().members.add(recursion);
    return new GraphCall<>(this, recursion, open.id, graphName, true, null);
  }

  void graphAfter(Object frame, GraphCall<?> call, List<Task<?>> tasks, List<GraphCall<?>> calls) {
    List<Task<?>> afterTasks = frame instanceof GroupFrame g ? g.afterTasks : ((GroupFrame.Recursion) frame).afterTasks();
    List<GroupId> afterGroups = frame instanceof GroupFrame g ? g.afterGroups : ((GroupFrame.Recursion) frame).afterGroups();
    for (Task<?> task : tasks) {
      if (frame instanceof GroupFrame g && g.holds(task)) {
        throw new PipelineBuildException("pipeline \"" + name + "\": " + call + " cannot run after " + task
            + ", which is inside it");
      }
      afterTasks.add(Objects.requireNonNull(task, "task"));
    }
    for (GraphCall<?> other : calls) {
      if (other.context() != this || other.recursive() || other == call) {
        throw new PipelineBuildException("pipeline \"" + name + "\": " + call + " cannot run after " + other
            + (other == call ? ", itself" : other.recursive() ? ", which runs inside the call it repeats"
                : ", made in another pipeline") + "; wait for a call of another graph component in this pipeline");
      }
      afterGroups.add(other.id());
    }
  }

  /** The id a task waits for when it runs after a graph call, checked. */
  GroupId graphWaitedFor(Task<?> task, GraphCall<?> call) {
    if (call.context() != this || call.recursive()) {
      throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ": after(...) names " + call
          + (call.recursive() ? ", which has no group of its own; wait for the outer call" : ", made in another"
              + " pipeline"));
    }
    return call.id();
  }

  private void run(GroupFrame frame, Runnable body) {
    groups.peek().members.add(frame);
    groups.push(frame);
    try {
      body.run();
    } finally {
      groups.pop();
    }
  }

  // ---- arguments ----

  /** The IR form of a source given to an input ({@code input} may be null for conditions and loops). */
  ArgumentValue argument(Source<?> source, String task, String what, InputSpec input) {
    Objects.requireNonNull(source, "source");
    if (source instanceof Value<?> v) {
      return new ArgumentValue.Constant(serialize(v.value(), input, task, what));
    }
    if (source instanceof Param<?> p) {
      if (params.get(p.name()) != p) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": parameter \"" + p.name()
            + "\" does not belong to this pipeline; declare it with p.param(...) in this pipeline");
      }
      return new ArgumentValue.ParameterRef(p.name());
    }
    if (source instanceof Output<?> o) {
      String producer = taskNames.get(o.task());
      if (producer == null && o.task().expanded() != null) {
        Source<?> inner = o.task().expanded().output(o.name());
        if (inner == null) {
          throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": graph component \""
              + o.task().component().name() + "\" gives no value to its output \"" + o.name() + "\" (no outputValues"
              + " entry); read an output its graph sets");
        }
        return argument(inner, task, what, input);
      }
      if (producer == null) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": " + o
            + " comes from a task created outside this pipeline; create the task inside the pipeline");
      }
      return new ArgumentValue.OutputRef(producer, o.name());
    }
    if (source instanceof LoopItem<?> item) {
      GroupFrame loop = loops.get(item.loop());
      if (loop == null || !groups.contains(loop)) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": the item of "
            + (loop == null ? "a ParallelFor" : loop.describe()) + " is used outside its ParallelFor; use it inside"
            + " the loop's body");
      }
      if (item.field() != null && loop.loopSource instanceof LoopSource.StaticItems s) {
        StaticItems.requireField(s.items(), item.field(), name, loop, task, what);
      }
      return new ArgumentValue.LoopItemRef(item.loop(), item.field());
    }
    Formatted text = (Formatted) source;
    List<ArgumentValue> parts = new ArrayList<>();
    for (Object part : text.parts()) {
      parts.add(part instanceof Source<?> s ? argument(s, task, what, null) : new ArgumentValue.Constant(part.toString()));
    }
    return new ArgumentValue.Template(parts);
  }

  /**
   * A task setting given when the pipeline runs: a parameter, an output or a loop item, as a typed reference.
   *
   * @throws PipelineBuildException for a constant or formatted text, which a setting does not take this way
   */
  SettingValue setting(Source<?> source, String task, String what) {
    ArgumentValue ref = argument(source, task, what, null);
    if (ref instanceof ArgumentValue.Constant || ref instanceof ArgumentValue.Template) {
      throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": a setting takes a"
          + " constant, a pipeline parameter, a task output or a loop item, not " + GroupFrame.describe(source)
          + "; pass a Param, an Output or a loop item, or a constant string");
    }
    return new SettingValue.Reference(ref);
  }

  private String serialize(Object value, InputSpec input, String task, String what) {
    if (value instanceof Artifact a) {
      return a.text();
    }
    if (value instanceof TypedText t) {
      return t.text();
    }
    String type = input == null ? null : input.typeName().orElse(null);
    try {
      return TypeRegistry.standard().serialize(value, type);
    } catch (TypeConversionException e) {
      throw new PipelineBuildException("pipeline \"" + name + "\", " + task + ", " + what + ": " + e.getMessage());
    }
  }

  private static String constantText(Object value) {
    return value instanceof String s ? s : TypeRegistry.standard().serialize(value, null);
  }

  // ---- the graph ----

  PipelineGraph toGraph() {
    Map<String, TaskNode> nodes = new LinkedHashMap<>();
    for (Map.Entry<Task<?>, String> entry : taskNames.entrySet()) {
      nodes.put(entry.getValue(), node(entry.getKey(), entry.getValue()));
    }
    if (nodes.isEmpty()) {
      throw new PipelineBuildException("pipeline \"" + name + "\" has no tasks; call a component's factory (XxxOp)"
          + " inside the pipeline");
    }
    checkCycles(nodes);
    return new PipelineGraph(name, description, pipelineRoot, List.copyOf(parameters.values()), nodes,
        new Group.Root(members(root)), settings.build());
  }

  private TaskNode node(Task<?> task, String taskName) {
    String where = "task \"" + taskName + "\"";
    Map<String, ArgumentValue> arguments = new LinkedHashMap<>();
    task.arguments().forEach((inputName, source) -> {
      InputSpec input = task.component().spec().input(inputName).orElseThrow();
      ArgumentValue value = task.resolved().get(inputName);
      if (!(source instanceof Output<?> o && o.typeIgnored())) {
        checkType(where, input, value);
      }
      arguments.put(inputName, value);
    });
    List<String> after = new ArrayList<>();
    for (Task<?> upstream : task.afterTasks().stream().flatMap(t -> t.pipelineTasks().stream()).toList()) {
      String upstreamName = taskNames.get(upstream);
      if (upstreamName == null) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + where + ": after(...) names a task created"
            + " outside this pipeline");
      }
      after.add(upstreamName);
    }
    List<GroupId> afterGroups = new ArrayList<>();
    for (GraphCall<?> call : task.afterCalls()) {
      GroupId id = graphWaitedFor(task, call);
      GroupFrame frame = graphFrames().get(id);
      if (frame != null && frame.holds(task)) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + where + ": after(...) names " + call
            + ", which holds the task; a task cannot wait for its own group");
      }
      afterGroups.add(id);
    }
    return new TaskNode(taskName, task.component().loaded(), arguments, task.settings(), after,
        task instanceof ResourceTask<?> r ? r.operation() : null, task instanceof ContainerOp c ? c.raw() : null,
        afterGroups, task instanceof Importer i ? i.artifactImport() : null);
  }

  /** KFP's reference type check: both typed and different names is an error. */
  private void checkType(String where, InputSpec input, ArgumentValue value) {
    String expected = input.typeName().orElse(null);
    String actual = null;
    String argument = null;
    if (value instanceof ArgumentValue.OutputRef o) {
      Task<?> producer = tasksByName.get(o.task());
      actual = producer.component().spec().output(o.output()).flatMap(OutputSpec::typeName).orElse(null);
      argument = "output \"" + o.output() + "\" of task \"" + o.task() + "\"";
    } else if (value instanceof ArgumentValue.ParameterRef p) {
      actual = parameters.get(p.parameter()).kfpType();
      argument = "pipeline parameter \"" + p.parameter() + "\"";
    }
    if (expected != null && actual != null && !sameType(expected, actual)) {
      String fix = value instanceof ArgumentValue.ParameterRef
          ? "declare the parameter with the input's type: Param<T> (p.param(name, T.class)), T the class the input's"
              + " typed stub takes (" + expected + ")"
          : "pass an argument of type " + expected + ", or call .as(...) on the output to pass it without the type check";
      throw new PipelineBuildException("pipeline \"" + name + "\", " + where + ", input \"" + input.name()
          + "\": " + argument + " has type " + actual + ", but the input takes " + expected + "; " + fix);
    }
  }

  /**
   * Whether two KFP type names are one type: equal, or spellings of one of KFP's own types ({@code String},
   * {@code str} and the {@code string} shared files use; {@code Integer} and {@code int}; {@code Bool} and
   * {@code Boolean}; ...), which typed stubs give one Java type, so that what the Java compiler let through is wired;
   * or one artifact type with and without KFP v2's {@code system.} prefix ({@code system.Dataset} is v1's
   * {@code Dataset}).
   */
  private static boolean sameType(String expected, String actual) {
    return expected.equals(actual) || canonicalType(expected).equals(canonicalType(actual));
  }

  private static String canonicalType(String kfpType) {
    if (kfpType.equals("string")) {
      return "String";
    }
    if (kfpType.startsWith("system.")) {
      return kfpType.substring("system.".length());
    }
    return TypeRegistry.standard().find(kfpType).filter(t -> t.aliases().contains(kfpType)
        || t.name().equals(kfpType)).map(t -> t.name()).orElse(kfpType);
  }

  private void checkCycles(Map<String, TaskNode> nodes) {
    Map<String, Integer> state = new HashMap<>();
    for (String start : nodes.keySet()) {
      List<String> path = new ArrayList<>();
      if (cycle(start, nodes, state, path)) {
        throw new PipelineBuildException("pipeline \"" + name + "\": tasks form a cycle: " + String.join(" -> ", path)
            + "; a task cannot wait for itself, directly or through others (check after(...))");
      }
    }
  }

  private static boolean cycle(String task, Map<String, TaskNode> nodes, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(task);
    if (s != null && s == 2) {
      return false;
    }
    path.add(task);
    if (s != null && s == 1) {
      path.subList(0, path.indexOf(task)).clear();
      return true;
    }
    state.put(task, 1);
    Set<String> upstream = new HashSet<>(nodes.get(task).upstream());
    upstream.addAll(nodes.get(task).after());
    for (String up : upstream) {
      if (cycle(up, nodes, state, path)) {
        return true;
      }
    }
    state.put(task, 2);
    path.remove(path.size() - 1);
    return false;
  }

  private Map<GroupId, GroupFrame> graphFrames() {
    Map<GroupId, GroupFrame> frames = new HashMap<>();
    collectGraphs(root, frames);
    return frames;
  }

  private static void collectGraphs(GroupFrame frame, Map<GroupId, GroupFrame> into) {
    for (Object member : frame.members) {
      if (member instanceof GroupFrame g) {
        if (g.id.kind() == GroupId.Kind.GRAPH) {
          into.put(g.id, g);
        }
        collectGraphs(g, into);
      }
    }
  }

  private List<String> names(List<Task<?>> tasks, String where) {
    List<String> names = new ArrayList<>();
    for (Task<?> task : tasks) {
      String taskName = taskNames.get(task);
      if (taskName == null) {
        throw new PipelineBuildException("pipeline \"" + name + "\", " + where + ": after(...) names a task created"
            + " outside this pipeline");
      }
      names.add(taskName);
    }
    return names;
  }

  private List<Member> members(GroupFrame frame) {
    List<Member> members = new ArrayList<>();
    for (Object member : frame.members) {
      if (member instanceof Task<?> t) {
        members.add(new Member.TaskMember(taskNames.get(t)));
      } else if (member instanceof GroupFrame.Recursion r) {
        members.add(new Member.RecursiveCall(r.graph().id, r.arguments(),
            names(r.afterTasks(), "the recursive call of " + r.graph().describe()), r.afterGroups()));
      } else {
        GroupFrame g = (GroupFrame) member;
        members.add(switch (g.id.kind()) {
          case CONDITION -> new Group.Conditional(g.id, g.label, g.condition, members(g));
          case LOOP -> new Group.Loop(g.id, g.loopSource, g.itemOrdinal, g.parallelism, members(g));
          case EXIT_HANDLER -> new Group.ExitHandler(g.id, taskNames.get(g.exitTask), members(g));
          case GRAPH -> new Group.Graph(g.id, g.graphName, g.graphArguments, names(g.afterTasks, g.describe()),
              g.afterGroups, members(g));
          case ROOT -> throw new IllegalStateException("nested root");
        });
      }
    }
    return members;
  }
}

package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.Argument;
import io.kfp4j.runtime.spec.ComponentReference;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.GraphSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.TaskSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task of a component whose implementation is a graph, expanded as KFP 1.8.22 expands it in a pipeline
 * ({@code _resolve_graph_task}): each of its tasks, in dependency order, becomes a task of the pipeline in the
 * current group, its arguments being constants, the graph task's arguments (or the graph input's default) and
 * outputs of the tasks before it; the graph's outputs are those of the tasks that produce them. Like KFP, it leaves
 * {@code isEnabled} and {@code executionOptions} of the graph's tasks aside.
 */
final class GraphExpansion {
  private GraphExpansion() {}

  /**
   * A graph component's task expanded: the pipeline's tasks by the graph's task id, and the values given to the
   * graph's inputs, which an optional argument set later ({@code withX(...)} of a stub) changes in every task that
   * reads it.
   */
  static final class Expanded {
    private final GraphSpec graph;
    private final Map<String, Source<?>> inputs;
    private final Map<String, ComponentTask> tasks;

    private Expanded(GraphSpec graph, Map<String, Source<?>> inputs, Map<String, ComponentTask> tasks) {
      this.graph = graph;
      this.inputs = inputs;
      this.tasks = java.util.Collections.unmodifiableMap(tasks);
    }

    /** The pipeline's tasks, by the graph's task id, in the order they were created. */
    Map<String, ComponentTask> tasks() {
      return tasks;
    }

    /** The source of a graph output, or {@code null} when the graph gives it no value. */
    Source<?> output(String name) {
      Argument value = graph.outputValues().get(name);
      return value == null ? null : source(value, inputs, tasks);
    }

    /** Gives a graph input a value after the tasks were created: every task that reads it gets it. */
    void rebind(String input, Source<?> value) {
      inputs.put(input, value);
      graph.tasks().forEach((id, task) -> task.arguments().forEach((name, argument) -> {
        if (argument instanceof Argument.GraphInput g && g.inputName().equals(input)) {
          tasks.get(id).with(name, value);
        }
      }));
    }
  }

  /** Text given as it is, whatever the input's type (what KFP puts on the command line for a constant). */
  private record RawText(String text, String kfpType) implements TypedText {}

  static boolean isGraph(ComponentDefinition component) {
    return component.spec().implementation() instanceof Implementation.Graph;
  }

  static Expanded expand(ComponentDefinition component, Map<String, Source<?>> arguments, String where) {
    GraphCycle expanding = GraphCycle.expanding();
    return expanding.within(component, () -> expandGraph(component, arguments, where, expanding));
  }

  private static Expanded expandGraph(ComponentDefinition component, Map<String, Source<?>> arguments, String where,
      GraphCycle expanding) {
    GraphSpec graph = ((Implementation.Graph) component.spec().implementation()).graph();
    Map<String, Source<?>> graphInputs = new LinkedHashMap<>();
    for (InputSpec input : component.spec().inputs()) {
      input.defaultText().ifPresent(text -> graphInputs.put(input.name(), Value.of(new RawText(text, null))));
    }
    graphInputs.putAll(arguments);
    Map<String, ComponentTask> tasks = new LinkedHashMap<>();
    for (String id : order(graph, where)) {
      TaskSpec spec = graph.tasks().get(id);
      String taskWhere = where + ", graph task \"" + id + "\"";
      ComponentDefinition inner = resolve(spec.componentRef(), taskWhere);
      expanding.refuse(inner, spec.componentRef(), message -> new PipelineBuildException(taskWhere + ": " + message));
      Map<String, Source<?>> taskArguments = new LinkedHashMap<>();
      spec.arguments().forEach((input, argument) -> {
        Source<?> value = source(argument, graphInputs, tasks);
        if (value != null) {
          taskArguments.put(input, value);
        }
      });
      tasks.put(id, inner.task(taskArguments));
    }
    return new Expanded(graph, graphInputs, tasks);
  }

  private static Source<?> source(Argument argument, Map<String, Source<?>> graphInputs,
      Map<String, ComponentTask> tasks) {
    if (argument instanceof Argument.Constant c) {
      return Value.of(new RawText(c.value().asText(), null));
    }
    if (argument instanceof Argument.GraphInput g) {
      return graphInputs.get(g.inputName());
    }
    Argument.TaskOutput t = (Argument.TaskOutput) argument;
    return tasks.get(t.taskId()).outputNamed(t.outputName());
  }

  /** The tasks, each after those whose outputs it reads, otherwise in file order (the spec has no cycles). */
  private static List<String> order(GraphSpec graph, String where) {
    List<String> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (ordered.size() < graph.tasks().size()) {
      boolean progress = false;
      for (Map.Entry<String, TaskSpec> task : graph.tasks().entrySet()) {
        if (!placed.contains(task.getKey()) && task.getValue().arguments().values().stream()
            .allMatch(a -> !(a instanceof Argument.TaskOutput t) || placed.contains(t.taskId()))) {
          placed.add(task.getKey());
          ordered.add(task.getKey());
          progress = true;
        }
      }
      if (!progress) {
        throw new PipelineBuildException(where + ": the tasks of its graph read each other's outputs in a cycle;"
            + " fix the component's implementation.graph");
      }
    }
    return ordered;
  }

  /**
   * The component a reference names: the spec written inline, else what the pipeline's {@link ComponentRefs} find,
   * else what its URL serves.
   */
  static ComponentDefinition resolve(ComponentReference ref, String where) {
    ComponentRefs pipelineRefs = PipelineContext.current().map(c -> c.componentRefs).orElse(null);
    if (ref.spec() == null && pipelineRefs != null) {
      java.util.Optional<ComponentDefinition> found = pipelineRefs.find(ref);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (ref.spec() != null) {
      String text = ComponentWriter.toYaml(ref.spec());
      String digest = ref.digest() != null ? ref.digest()
          : ComponentLoader.digest(text.getBytes(StandardCharsets.UTF_8));
      return new ComponentDefinition(new LoadedComponent(ref.spec(), digest, ref.url(), text));
    }
    if (ref.url() != null) {
      try {
        return ComponentDefinition.fromUrl(ref.url());
      } catch (RuntimeException e) {
        throw new PipelineBuildException(where + ": cannot load its component from " + ref.url() + ": "
            + e.getMessage() + "; give a local copy with ComponentDefinition.withComponentRefs(ComponentRefs.urls(...))"
            + " or the pipeline's componentRefs(...)");
      }
    }
    throw new PipelineBuildException(where + ": its componentRef names " + (ref.name() == null ? "no component"
        : "component \"" + ref.name() + "\"") + " without a url or an inline spec, so kfp4j cannot find it; give"
        + " it with ComponentDefinition.withComponentRefs(...)");
  }

  /** The spec with every task's reference that {@code refs} knows replaced by the spec it finds, at any depth. */
  static ComponentSpec withRefs(ComponentDefinition component, ComponentRefs refs) {
    GraphCycle path = new GraphCycle();
    return path.within(component, () -> withRefs(component.spec(), refs, path, ""));
  }

  private static ComponentSpec withRefs(ComponentSpec spec, ComponentRefs refs, GraphCycle path, String prefix) {
    if (!(spec.implementation() instanceof Implementation.Graph g)) {
      return spec;
    }
    Map<String, TaskSpec> tasks = new LinkedHashMap<>();
    g.graph().tasks().forEach((id, task) -> {
      ComponentReference ref = task.componentRef();
      String field = prefix + "implementation.graph.tasks." + id + ".componentRef";
      ComponentDefinition named = ref.spec() != null ? null : refs.find(ref).orElse(null);
      ComponentSpec found;
      if (named == null) {
        found = ref.spec() == null ? null : withRefs(ref.spec(), refs, path, field + ".spec.");
      } else {
        path.refuse(named, ref, message -> new InvalidSpecException(List.of(new SpecProblem(
            path.outermost(), 0, 0, field, message))));
        found = path.within(named, () -> withRefs(named.spec(), refs, path, field + ".spec."));
      }
      ComponentReference resolved = found == null ? ref
          : new ComponentReference(ref.name(), ref.digest(), ref.tag(), ref.url(), found);
      tasks.put(id, new TaskSpec(resolved, task.arguments(), task.isEnabled(), task.executionOptions(),
          task.annotations()));
    });
    return spec.withImplementation(new Implementation.Graph(new GraphSpec(tasks, g.graph().outputValues())));
  }
}

package io.kfp4j.runtime.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks KFP makes when it loads a component: unique input and output names (two separate namespaces),
 * placeholders that name existing inputs and outputs, {@code fileOutputs} keys that are outputs, graph
 * arguments that name existing graph inputs and tasks, and graphs without cycles.
 */
public final class SpecValidator {
  /** Problems of the whole spec, nested specs included: one list shared by the validators of nested specs. */
  private final List<SpecProblem> problems;
  private final Set<String> inputs = new LinkedHashSet<>();
  private final Set<String> outputs = new LinkedHashSet<>();

  private SpecValidator(List<SpecProblem> problems) {
    this.problems = problems;
  }

  /** Every problem of the spec (and of specs nested in graph tasks), each with its field path. */
  public static List<SpecProblem> validate(ComponentSpec spec) {
    List<SpecProblem> problems = new ArrayList<>();
    new SpecValidator(problems).check(spec, "");
    return List.copyOf(problems);
  }

  /** Throws {@link InvalidSpecException} when {@link #validate} finds anything. */
  public static ComponentSpec requireValid(ComponentSpec spec) {
    List<SpecProblem> found = validate(spec);
    if (!found.isEmpty()) {
      throw new InvalidSpecException(found);
    }
    return spec;
  }

  private void check(ComponentSpec spec, String prefix) {
    for (int i = 0; i < spec.inputs().size(); i++) {
      String name = spec.inputs().get(i).name();
      if (!inputs.add(name)) {
        report(prefix + "inputs[" + i + "].name", "duplicate input name \"" + name
            + "\"; input names must be unique (an output may share it, inputs and outputs are separate namespaces)");
      }
    }
    for (int i = 0; i < spec.outputs().size(); i++) {
      String name = spec.outputs().get(i).name();
      if (!outputs.add(name)) {
        report(prefix + "outputs[" + i + "].name", "duplicate output name \"" + name
            + "\"; output names must be unique (an input may share it, inputs and outputs are separate namespaces)");
      }
    }
    if (spec.implementation() instanceof Implementation.Container c) {
      checkContainer(c.container(), prefix + "implementation.container");
    } else if (spec.implementation() instanceof Implementation.Graph g) {
      checkGraph(g.graph(), prefix + "implementation.graph");
    }
  }

  private void checkContainer(ContainerSpec container, String path) {
    checkArgs(container.command(), path + ".command");
    checkArgs(container.args(), path + ".args");
    container.fileOutputs().keySet().forEach(name -> {
      if (!outputs.contains(name)) {
        report(path + ".fileOutputs." + name, "fileOutputs names output \"" + name + "\", which does not exist; "
            + known("outputs", outputs));
      }
    });
  }

  private void checkArgs(List<Arg> args, String path) {
    for (int i = 0; i < args.size(); i++) {
      checkArg(args.get(i), path + "[" + i + "]");
    }
  }

  private void checkArg(Arg arg, String path) {
    if (arg instanceof Arg.InputValue a) {
      requireInput(a.inputName(), path + ".inputValue");
    } else if (arg instanceof Arg.InputPath a) {
      requireInput(a.inputName(), path + ".inputPath");
    } else if (arg instanceof Arg.IsPresent a) {
      requireInput(a.inputName(), path + ".isPresent");
    } else if (arg instanceof Arg.OutputPath a) {
      requireOutput(a.outputName(), path + ".outputPath");
    } else if (arg instanceof Arg.Concat c) {
      checkArgs(c.items(), path + ".concat");
    } else if (arg instanceof Arg.If f) {
      checkArg(f.condition(), path + ".if.cond");
      checkBranch(f.then(), path + ".if.then");
      checkBranch(f.otherwise(), path + ".if.else");
    } else if (arg instanceof Arg.OutputUri a) {
      requireOutput(a.outputName(), path + ".outputUri");
    } else if (arg instanceof Arg.V2Only v && v.portName() != null) {
      requireInput(v.portName(), path + "." + v.key());
    }
  }

  private void checkBranch(Arg.Branch branch, String path) {
    if (branch == null) {
      return;
    }
    if (branch.asList()) {
      checkArgs(branch.items(), path);
    } else {
      checkArg(branch.items().get(0), path);
    }
  }

  private void requireInput(String name, String path) {
    if (!inputs.contains(name)) {
      report(path, "input \"" + name + "\" does not exist; " + known("inputs", inputs));
    }
  }

  private void requireOutput(String name, String path) {
    if (!outputs.contains(name)) {
      report(path, "output \"" + name + "\" does not exist; " + known("outputs", outputs));
    }
  }

  private void checkGraph(GraphSpec graph, String path) {
    Map<String, Set<String>> upstream = new HashMap<>();
    graph.tasks().forEach((id, task) -> {
      String taskPath = path + ".tasks." + id;
      Set<String> deps = new LinkedHashSet<>();
      task.arguments().forEach((input, argument) ->
          checkArgument(argument, taskPath + ".arguments." + input, graph, deps));
      checkPredicate(task.isEnabled(), taskPath + ".isEnabled", graph, deps);
      upstream.put(id, deps);
      ComponentSpec nested = task.componentRef() == null ? null : task.componentRef().spec();
      if (nested != null) {
        new SpecValidator(problems).check(nested, taskPath + ".componentRef.spec.");
      }
    });
    graph.outputValues().forEach((name, argument) -> {
      requireOutput(name, path + ".outputValues." + name);
      checkArgument(argument, path + ".outputValues." + name, graph, new LinkedHashSet<>());
    });
    reportCycle(upstream, path + ".tasks");
  }

  private void checkPredicate(Predicate predicate, String path, GraphSpec graph, Set<String> deps) {
    if (predicate instanceof Predicate.Value v) {
      checkArgument(v.argument(), path, graph, deps);
    } else if (predicate instanceof Predicate.Compare c) {
      checkArgument(c.op1(), path + "." + c.operator().key() + ".op1", graph, deps);
      checkArgument(c.op2(), path + "." + c.operator().key() + ".op2", graph, deps);
    } else if (predicate instanceof Predicate.Not n) {
      checkPredicate(n.operand(), path + ".not", graph, deps);
    } else if (predicate instanceof Predicate.And a) {
      checkPredicate(a.op1(), path + ".and.op1", graph, deps);
      checkPredicate(a.op2(), path + ".and.op2", graph, deps);
    } else if (predicate instanceof Predicate.Or o) {
      checkPredicate(o.op1(), path + ".or.op1", graph, deps);
      checkPredicate(o.op2(), path + ".or.op2", graph, deps);
    }
  }

  private void checkArgument(Argument argument, String path, GraphSpec graph, Set<String> deps) {
    if (argument instanceof Argument.GraphInput g && !inputs.contains(g.inputName())) {
      report(path + ".graphInput.inputName", "graph input \"" + g.inputName() + "\" does not exist; "
          + known("inputs", inputs));
    } else if (argument instanceof Argument.TaskOutput t) {
      if (!graph.tasks().containsKey(t.taskId())) {
        report(path + ".taskOutput.taskId", "task \"" + t.taskId() + "\" does not exist; "
            + known("tasks", graph.tasks().keySet()));
      } else {
        deps.add(t.taskId());
      }
    }
  }

  private void reportCycle(Map<String, Set<String>> upstream, String path) {
    Map<String, Integer> state = new HashMap<>();
    for (String task : upstream.keySet()) {
      List<String> cycle = findCycle(task, upstream, state, new ArrayList<>());
      if (cycle != null) {
        report(path + "." + cycle.get(0), "tasks form a cycle: " + String.join(" -> ", cycle)
            + "; a task cannot consume its own output, directly or through others");
        return;
      }
    }
  }

  private static List<String> findCycle(
      String task, Map<String, Set<String>> upstream, Map<String, Integer> state, List<String> stack) {
    Integer seen = state.get(task);
    if (seen != null && seen == 2) {
      return null;
    }
    if (seen != null && seen == 1) {
      List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(task), stack.size()));
      cycle.add(task);
      return cycle;
    }
    state.put(task, 1);
    stack.add(task);
    for (String dep : upstream.getOrDefault(task, Set.of())) {
      List<String> cycle = findCycle(dep, upstream, state, stack);
      if (cycle != null) {
        return cycle;
      }
    }
    stack.remove(stack.size() - 1);
    state.put(task, 2);
    return null;
  }

  private static String known(String what, Set<String> names) {
    return names.isEmpty() ? "the component declares no " + what
        : "the " + what + " are: " + String.join(", ", names);
  }

  private void report(String path, String message) {
    problems.add(SpecProblem.at(path, message));
  }
}

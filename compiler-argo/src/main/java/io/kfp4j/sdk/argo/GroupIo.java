package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each task and group takes in, gives out and waits for, lifted through the groups as KFP's
 * {@code _get_inputs_outputs} and {@code _get_dependencies} do: a value that crosses groups enters at the first
 * uncommon ancestor of the consumer and leaves through every uncommon ancestor of the producer; only siblings
 * depend on each other.
 */
final class GroupIo {
  /**
   * One value crossing into or out of a task or group.
   *
   * @param name the parameter's full name
   * @param from the child (for outputs) or sibling (for inputs) it comes from, or {@code null} when it is passed
   *     down from the enclosing group or read from the container
   */
  record Flow(String name, String from) {
    // Written out: a record's generated equals and hashCode set up method handles on first use, a cost the kfp4j
    // command pays at start-up (BENCHMARKS.md, "The kfp4j command's start-up").
    @Override
    public boolean equals(Object o) {
      return o instanceof Flow other && name.equals(other.name) && java.util.Objects.equals(from, other.from);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + java.util.Objects.hashCode(from);
    }
  }

  private final Map<String, Set<Flow>> inputs = new LinkedHashMap<>();
  private final Map<String, Set<Flow>> outputs = new LinkedHashMap<>();
  private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();

  GroupIo(GroupTree tree, Collection<TaskOp> ops, String exitTask) {
    String pipeline = tree.graph().name();
    for (TaskOp op : ops) {
      List<String> chain = tree.ancestors(op.name());
      boolean isExit = op.name().equals(exitTask);
      List<ParamRef> params = new ArrayList<>(op.params());
      params.addAll(tree.conditionParams(op.name()));
      Set<String> upstream = new LinkedHashSet<>(op.node().after());
      op.node().afterGroups().forEach(g -> upstream.add(groupName(tree, g, op.name())));
      for (ParamRef param : params) {
        if (param.producer() != null) {
          upstream.add(param.producer());
        }
      }
      if (isExit && !upstream.isEmpty()) {
        throw new CompileException("pipeline \"" + pipeline + "\", task \"" + op.name() + "\": the exit task of the"
            + " ExitHandler reads or waits for task \"" + upstream.iterator().next() + "\", but it runs after"
            + " everything else, whatever happened; give it constants or pipeline parameters only");
      }
      for (ParamRef param : params) {
        if (param.producer() != null) {
          lift(param, uncommon(tree, param.producer(), op.name(), pipeline));
        } else if (!isExit) {
          for (int i = chain.size() - 1; i >= 0; i--) {
            String group = chain.get(i);
            add(inputs, group, new Flow(param.fullName(), null));
            if (tree.groups().get(group) instanceof Group.Loop loop && param.fullName().contains(GroupTree.itemName(loop))) {
              break;
            }
          }
        }
      }
      for (String up : upstream) {
        List<List<String>> split = uncommon(tree, up, op.name(), pipeline);
        dependencies.computeIfAbsent(split.get(1).get(0), k -> new LinkedHashSet<>()).add(split.get(0).get(0));
      }
    }
    loopSources(tree, pipeline);
    graphCalls(tree);
  }

  /**
   * A loop over the output of a task outside the loop's own group (a loop inside a Condition over the output of a
   * task before the Condition): the output enters every group down to the loop's parent, whose DAG gives it to the
   * loop's {@code withParam} as {@code {{inputs.parameters.x}}}; the outermost of them waits for the task. (KFP
   * 1.8.22 writes {@code {{tasks.x.outputs...}}} there, a task that is no sibling, which Argo refuses.)
   */
  private void loopSources(GroupTree tree, String pipeline) {
    for (Group group : tree.groups().values()) {
      if (group instanceof Group.Loop loop && loop.source() instanceof LoopSource.DynamicItems items
          && items.list() instanceof ArgumentValue.OutputRef output) {
        List<List<String>> split = uncommon(tree, output.task(), tree.name(loop), pipeline);
        List<String> down = split.get(1);
        if (down.size() < 2) {
          continue; // beside the loop: the loop's DAG task reads the task's output itself
        }
        String producer = KfpNames.k8sName(output.task());
        lift(new ParamRef(Names.output(producer, output.output()), producer, ParamRef.Kind.TASK_OUTPUT),
            List.of(split.get(0), down.subList(0, down.size() - 1)));
        dependencies.computeIfAbsent(down.get(0), k -> new LinkedHashSet<>()).add(split.get(0).get(0));
      }
    }
  }

  /**
   * Graph components' calls, as KFP's {@code _get_inputs_outputs_recursive_opsgroup} and
   * {@code _get_dependency_opsgroup}: a recursive call takes in its arguments and the values of the conditions
   * around it (those no further than its parent); a call waits for what it is after, a recursive call also for the
   * producers of what it reads.
   */
  private void graphCalls(GroupTree tree) {
    String pipeline = tree.graph().name();
    tree.recursiveCalls().forEach((call, key) -> {
      List<ParamRef> arguments = new ArrayList<>();
      call.arguments().forEach((input, value) -> arguments.add(tree.ref(value, "input \"" + input + "\" of a"
          + " recursive call")));
      Set<ParamRef> conditions = tree.conditionParams(key);
      Set<String> upstream = new LinkedHashSet<>(call.after());
      call.afterGroups().forEach(g -> upstream.add(groupName(tree, g, key)));
      for (int round = 0; round < 2; round++) {
        boolean isCondition = round == 1;
        for (ParamRef param : isCondition ? List.copyOf(conditions) : arguments) {
          if (param.producer() != null) {
            upstream.add(param.producer());
            List<List<String>> split = uncommon(tree, param.producer(), key, pipeline);
            List<String> down = split.get(1);
            for (int i = 0; i < down.size(); i++) {
              if (i > 0 && i == down.size() - 1 && isCondition) {
                continue;
              }
              add(inputs, down.get(i), new Flow(param.fullName(), i == 0 ? split.get(0).get(0) : null));
            }
            List<String> up = split.get(0);
            for (int i = 0; i < up.size(); i++) {
              add(outputs, up.get(i), new Flow(param.fullName(), i == up.size() - 1 ? null : up.get(i + 1)));
            }
          } else if (!isCondition) {
            tree.ancestors(key).forEach(g -> add(inputs, g, new Flow(param.fullName(), null)));
          }
        }
      }
      depend(tree, upstream, key, pipeline);
    });
    for (Group group : tree.groups().values()) {
      if (group instanceof Group.Graph graph) {
        Set<String> upstream = new LinkedHashSet<>(graph.after());
        graph.afterGroups().forEach(g -> upstream.add(groupName(tree, g, tree.name(graph))));
        depend(tree, upstream, tree.name(graph), pipeline);
      }
    }
  }

  private void depend(GroupTree tree, Set<String> upstream, String downstream, String pipeline) {
    for (String up : upstream) {
      List<List<String>> split = uncommon(tree, up, downstream, pipeline);
      dependencies.computeIfAbsent(split.get(1).get(0), k -> new LinkedHashSet<>()).add(split.get(0).get(0));
    }
  }

  private static String groupName(GroupTree tree, io.kfp4j.sdk.ir.GroupId id, String waiting) {
    String name = tree.name(id);
    if (name == null) {
      throw new CompileException("pipeline \"" + tree.graph().name() + "\", " + waiting + ": it waits for " + id
          + ", which is not a group of this pipeline");
    }
    return name;
  }

  private void lift(ParamRef param, List<List<String>> split) {
    List<String> up = split.get(0);
    List<String> down = split.get(1);
    for (int i = 0; i < down.size(); i++) {
      add(inputs, down.get(i), new Flow(param.fullName(), i == 0 ? up.get(0) : null));
    }
    for (int i = 0; i < up.size(); i++) {
      add(outputs, up.get(i), new Flow(param.fullName(), i == up.size() - 1 ? null : up.get(i + 1)));
    }
  }

  /** The ancestors of each that the other does not share: {@code [upstream part, downstream part]}. */
  private static List<List<String>> uncommon(GroupTree tree, String upstream, String downstream, String pipeline) {
    List<String> a = tree.ancestors(upstream);
    List<String> b = tree.ancestors(downstream);
    if (a.isEmpty()) {
      throw new CompileException("pipeline \"" + pipeline + "\", task \"" + downstream + "\": it reads or waits for"
          + " task \"" + upstream + "\", the exit task of the ExitHandler, which runs last; read it from no task");
    }
    int common = 0;
    while (common < a.size() && common < b.size() && a.get(common).equals(b.get(common))) {
      common++;
    }
    return List.of(a.subList(common, a.size()), b.subList(common, b.size()));
  }

  private static void add(Map<String, Set<Flow>> map, String key, Flow flow) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(flow);
  }

  /** The values a task or group takes in. */
  Set<Flow> inputs(String name) {
    return inputs.getOrDefault(name, Set.of());
  }

  /** The values a group gives out (from a child), or a task gives out (from its container). */
  Set<Flow> outputs(String name) {
    return outputs.getOrDefault(name, Set.of());
  }

  /** The siblings a task or group waits for. */
  Set<String> dependencies(String name) {
    return dependencies.getOrDefault(name, Set.of());
  }
}

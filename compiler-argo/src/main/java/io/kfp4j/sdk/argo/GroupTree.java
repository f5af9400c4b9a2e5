package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Comparison;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline's groups as KFP's compiler sees them: every group by its Argo name ({@link Names#group}; the root
 * under its template name), the chain of ancestors of each task and group (farthest first, itself last), and the
 * parameters that the conditions around each task read.
 */
final class GroupTree {
  private final PipelineGraph graph;
  private final String rootName;
  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final Map<GroupId, String> names = new LinkedHashMap<>();
  private final Map<String, List<String>> ancestors = new LinkedHashMap<>();
  private final Map<String, Set<ParamRef>> conditionParams = new LinkedHashMap<>();
  private final Map<Member.RecursiveCall, String> recursiveKeys = new java.util.IdentityHashMap<>();

  GroupTree(PipelineGraph graph) {
    this.graph = graph;
    String base = KfpNames.k8sName(graph.name());
    Set<String> taken = new LinkedHashSet<>();
    graph.tasks().keySet().forEach(t -> taken.add(t.toLowerCase(Locale.ROOT)));
    collectNames(graph.root(), taken);
    this.rootName = Names.unique(base.isEmpty() ? "pipeline" : base, taken);
    walk(graph.root(), new ArrayList<>(), new ArrayList<>());
  }

  private static void collectNames(Group group, Set<String> into) {
    for (Member member : group.members()) {
      if (member instanceof Group g) {
        into.add(Names.group(g).toLowerCase(Locale.ROOT));
        collectNames(g, into);
      }
    }
  }

  private void walk(Group group, List<String> path, List<ParamRef> conditions) {
    String name = group instanceof Group.Root ? rootName : Names.group(group);
    groups.put(name, group);
    names.put(group.id(), name);
    path.add(name);
    ancestors.put(name, List.copyOf(path));
    List<ParamRef> inScope = conditions;
    if (group instanceof Group.Conditional c) {
      inScope = new ArrayList<>(conditions);
      addRef(c.condition().left(), inScope);
      addRef(c.condition().right(), inScope);
    }
    for (Member member : group.members()) {
      if (member instanceof Group g) {
        walk(g, path, inScope);
      } else if (member instanceof Member.RecursiveCall call) {
        // KFP keeps a recursive call under a key of its own (the function's name), not its target's template name
        String key = "recursive call " + (recursiveKeys.size() + 1) + " of " + call.graph();
        recursiveKeys.put(call, key);
        List<String> chain = new ArrayList<>(path);
        chain.add(key);
        ancestors.put(key, List.copyOf(chain));
        conditionParams.put(key, new LinkedHashSet<>(inScope));
      } else {
        String task = ((Member.TaskMember) member).task();
        List<String> chain = new ArrayList<>(path);
        chain.add(task);
        ancestors.put(task, List.copyOf(chain));
        conditionParams.put(task, new LinkedHashSet<>(inScope));
      }
    }
    path.remove(path.size() - 1);
  }

  private void addRef(ArgumentValue operand, List<ParamRef> into) {
    if (!(operand instanceof ArgumentValue.Constant)) {
      into.add(ref(operand, "a condition"));
    }
  }

  /** The run-time value an argument names; constants and text templates are not one. */
  ParamRef ref(ArgumentValue value, String where) {
    if (value instanceof ArgumentValue.ParameterRef p) {
      return new ParamRef(p.parameter(), null, ParamRef.Kind.PIPELINE_PARAMETER);
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      return new ParamRef(Names.output(o.task(), o.output()), o.task(), ParamRef.Kind.TASK_OUTPUT);
    }
    if (value instanceof ArgumentValue.LoopItemRef item) {
      return new ParamRef(Names.loopItem(Names.loopItem(loop(item.loop())), item.field()), null,
          ParamRef.Kind.LOOP_ITEM);
    }
    throw new CompileException("pipeline \"" + graph.name() + "\": " + where + " compares " + describe(value)
        + ", but a condition compares a single value: a parameter, a task output or a loop item; compare the"
        + " value itself and put constant text on the other side");
  }

  private static String describe(ArgumentValue value) {
    return value instanceof ArgumentValue.Template ? "text with references in it" : value.toString();
  }

  /** The loop with that id. */
  Group.Loop loop(GroupId id) {
    String name = names.get(id);
    if (name != null && groups.get(name) instanceof Group.Loop loop) {
      return loop;
    }
    throw new CompileException("pipeline \"" + graph.name() + "\": a loop item refers to " + id + ", which is not a"
        + " loop of this pipeline; use loop items only inside their own ParallelFor");
  }

  /** The key under which {@link GroupIo} keeps a recursive call's inputs and dependencies. */
  String key(Member.RecursiveCall call) {
    return recursiveKeys.get(call);
  }

  /** Every recursive call, by its key. */
  Map<Member.RecursiveCall, String> recursiveCalls() {
    return Collections.unmodifiableMap(recursiveKeys);
  }

  /** The Argo name of the group with that id. */
  String name(GroupId id) {
    return names.get(id);
  }

  /** A group's Argo name: its template's, and its task's in the parent DAG. */
  String name(Group group) {
    return names.get(group.id());
  }

  /** A loop's item parameter ({@code loop-item-param-3}, {@code make-list-out-loop-item}). */
  static String itemName(Group.Loop loop) {
    return Names.loopItem(loop);
  }

  /** The pipeline's template name: its sanitized name, made unique among the other template names. */
  String rootName() {
    return rootName;
  }

  /** Every group, the root first, each before its subgroups. */
  Map<String, Group> groups() {
    return Collections.unmodifiableMap(groups);
  }

  /** The chain of groups from the root down to the task or group, itself last; empty for the exit task. */
  List<String> ancestors(String taskOrGroup) {
    return ancestors.getOrDefault(taskOrGroup, List.of());
  }

  /** The parameters the enclosing conditions of a task compare. */
  Set<ParamRef> conditionParams(String task) {
    return conditionParams.getOrDefault(task, Set.of());
  }

  /** The condition of a group, for its DAG task. */
  static Comparison condition(Group group) {
    return group instanceof Group.Conditional c ? c.condition() : null;
  }

  PipelineGraph graph() {
    return graph;
  }
}

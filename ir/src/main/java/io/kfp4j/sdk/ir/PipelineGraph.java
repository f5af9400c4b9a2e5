package io.kfp4j.sdk.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole pipeline, checked and immutable.
 *
 * @param name the pipeline's name as given ({@code "Addition pipeline"})
 * @param description what it does, or {@code null}
 * @param pipelineRoot where its artifacts go, or {@code null}
 * @param parameters its parameters, in declaration order
 * @param tasks its tasks by name, in creation order (which is a valid execution order)
 * @param root the tree of groups, each with an id unique in the pipeline
 * @param settings pipeline-wide settings
 */
public record PipelineGraph(String name, String description, String pipelineRoot, List<PipelineParameter> parameters,
    Map<String, TaskNode> tasks, Group.Root root, PipelineSettings settings) {

  public PipelineGraph {
    parameters = List.copyOf(parameters);
    tasks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tasks));
    Set<GroupId> ids = new HashSet<>();
    for (Group group : groups(root)) {
      if (!ids.add(group.id())) {
        throw new IllegalArgumentException("pipeline \"" + name + "\" has two groups with the id " + group.id());
      }
    }
    checkRecursion(name, root, new ArrayList<>());
  }

  /** Each recursive call sits inside the call it repeats, under a condition inside that call (its base case). */
  private static void checkRecursion(String pipeline, Group group, List<Group> open) {
    open.add(group);
    for (Member member : group.members()) {
      if (member instanceof Group g) {
        checkRecursion(pipeline, g, open);
      } else if (member instanceof Member.RecursiveCall call) {
        int at = -1;
        for (int i = 0; i < open.size(); i++) {
          if (open.get(i).id().equals(call.graph())) {
            at = i;
          }
        }
        if (at < 0) {
          throw new IllegalArgumentException("pipeline \"" + pipeline + "\": a recursive call of " + call.graph()
              + " is not inside that graph component's call");
        }
        if (open.subList(at, open.size()).stream().noneMatch(g -> g instanceof Group.Conditional)) {
          throw new IllegalArgumentException("pipeline \"" + pipeline + "\": the recursive call of " + call.graph()
              + " is under no condition inside it, so it would never end");
        }
      }
    }
    open.remove(open.size() - 1);
  }

  /** A task by name. */
  public Optional<TaskNode> task(String taskName) {
    return Optional.ofNullable(tasks.get(taskName));
  }

  /** The exit handler's task, if the pipeline has one. */
  public Optional<String> exitTask() {
    return root.members().stream().filter(m -> m instanceof Group.ExitHandler)
        .map(m -> ((Group.ExitHandler) m).exitTask()).findFirst();
  }

  /** Every group, the root first, each before its subgroups, siblings in creation order. */
  public List<Group> groups() {
    return groups(root);
  }

  /** The group with that id. */
  public Optional<Group> group(GroupId id) {
    return groups().stream().filter(g -> g.id().equals(id)).findFirst();
  }

  private static List<Group> groups(Group root) {
    List<Group> all = new ArrayList<>();
    collect(root, all);
    return all;
  }

  private static void collect(Group group, List<Group> into) {
    into.add(group);
    for (Member member : group.members()) {
      if (member instanceof Group g) {
        collect(g, into);
      }
    }
  }
}

package io.kfp4j.sdk.local;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine needs to know about the pipeline's shape: the loops around each task, the tasks inside each
 * member, and which earlier members of the same group each member waits for.
 */
final class PipelineIndex {
  private final PipelineGraph graph;
  private final Map<String, List<GroupId>> loopsOfTask = new HashMap<>();
  private final Map<Member, Set<String>> tasksInside = new java.util.IdentityHashMap<>();
  private final Map<Member, Set<String>> upstreamOf = new java.util.IdentityHashMap<>();
  private final Map<Member, List<Member>> dependenciesOf = new java.util.IdentityHashMap<>();

  PipelineIndex(PipelineGraph graph) {
    this.graph = graph;
    walk(graph.root(), new ArrayList<>());
  }

  private void walk(Group group, List<GroupId> loops) {
    for (Member member : group.members()) {
      Set<String> inside = new LinkedHashSet<>();
      Set<String> upstream = new LinkedHashSet<>();
      if (member instanceof Member.TaskMember t) {
        loopsOfTask.put(t.task(), List.copyOf(loops));
        inside.add(t.task());
        TaskNode node = graph.tasks().get(t.task());
        upstream.addAll(node.waitsFor());
      } else {
        Group g = (Group) member;
        List<GroupId> innerLoops = new ArrayList<>(loops);
        if (g instanceof Group.Loop loop) {
          innerLoops.add(loop.id());
          if (loop.source() instanceof LoopSource.DynamicItems d && d.list() instanceof ArgumentValue.OutputRef o) {
            upstream.add(o.task());
          }
          if (loop.source() instanceof LoopSource.StaticItems items) {
            items.references().forEach(r -> ArgumentValue.outputRefs(r).forEach(o -> upstream.add(o.task())));
          }
        }
        if (g instanceof Group.Conditional c) {
          ArgumentValue.outputRefs(c.condition().left()).forEach(o -> upstream.add(o.task()));
          ArgumentValue.outputRefs(c.condition().right()).forEach(o -> upstream.add(o.task()));
        }
        walk(g, innerLoops);
        for (Member child : g.members()) {
          inside.addAll(tasksInside.get(child));
          upstream.addAll(upstreamOf.get(child));
        }
      }
      tasksInside.put(member, inside);
      upstream.removeAll(inside);
      upstreamOf.put(member, upstream);
    }
    for (Member member : group.members()) {
      dependenciesOf.put(member, siblingsWaitedFor(group, member));
    }
  }

  /** The members of the group holding {@code member} that hold a task it reads from or waits for. */
  private List<Member> siblingsWaitedFor(Group group, Member member) {
    List<Member> deps = new ArrayList<>();
    for (String upstream : upstreamOf.get(member)) {
      for (Member sibling : group.members()) {
        if (sibling != member && tasksInside.get(sibling).contains(upstream) && !deps.contains(sibling)) {
          deps.add(sibling);
        }
      }
    }
    return List.copyOf(deps);
  }

  /** The ids of the loops around a task, outermost first. */
  List<GroupId> loopsOf(String task) {
    return loopsOfTask.getOrDefault(task, List.of());
  }

  /** Every task inside a member (itself, for a task). */
  Set<String> tasksInside(Member member) {
    return tasksInside.get(member);
  }

  /**
   * The members of {@code group} that {@code member} waits for; found once, when the index is built, since loops
   * ask again for every iteration.
   */
  List<Member> dependencies(Group group, Member member) {
    return dependenciesOf.get(member);
  }
}

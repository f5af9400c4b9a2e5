package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.GroupId;
import io.kfp4j.sdk.ir.LoopSource;
import io.kfp4j.sdk.ir.Member;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What crosses the sub-DAGs, as KFP 2 works it out ({@code get_inputs_for_all_groups}, {@code get_dependencies}):
 * each group's inputs, the values read inside it from outside, and each dependency, recorded between the first groups
 * (or tasks) that do not hold both ends. Reading a value made inside a group that does not hold the reader is
 * refused, as KFP 2 refuses it.
 */
final class Crossings {
  private final PipelineTree tree;
  private final PipelineGraph graph;
  private final Map<String, Map<String, Channel>> groupInputs = new HashMap<>();
  private final Map<String, Set<String>> dependencies = new HashMap<>();
  private final Map<String, Map<String, SurfacedOutput>> surfaced = new HashMap<>();

  /**
   * An output a graph component's call surfaces: where it takes it from, and its type.
   *
   * @param producer the member it takes it from (the task, or the next call inside)
   * @param key the output's name at that member
   * @param type its type
   */
  record SurfacedOutput(String producer, String key, IoType type) {}

  Crossings(PipelineTree tree) {
    this.tree = tree;
    this.graph = tree.graph();
    collectReads(graph.root());
  }

  /** The channels a group takes from outside, by full name. */
  Map<String, Channel> inputsOf(Group group) {
    return groupInputs.computeIfAbsent(GroupNames.of(group), k -> new LinkedHashMap<>());
  }

  /** The outputs a graph component's call surfaces, by name (the inner output's full name). */
  Map<String, SurfacedOutput> surfacedBy(Group.Graph call) {
    return surfaced.getOrDefault(GroupNames.of(call), Map.of());
  }

  /** The tasks and groups of the same DAG a task or group waits for, sorted. */
  Set<String> dependenciesOf(String name) {
    return dependencies.getOrDefault(name, Set.of());
  }

  private void collectReads(Group group) {
    for (Member member : group.members()) {
      if (member instanceof Member.TaskMember t) {
        TaskNode task = graph.tasks().get(t.task());
        List<Group> path = tree.taskPath(task.name());
        task.arguments().values().forEach(a -> tree.references(a).forEach(c -> read(path, task.name(), c, true)));
        for (Group enclosing : path) {
          if (enclosing instanceof Group.Conditional c) {
            tree.operands(c).forEach(ch -> read(path, task.name(), ch, true));
          }
        }
        if (task.importer() != null) {
          task.importer().references().forEach(a -> tree.references(a).forEach(c -> read(path, task.name(), c, true)));
        }
        task.after().forEach(upstream -> depend(path, task.name(), upstream, false));
        task.afterGroups().forEach(upstream -> dependOnGroup(path, task.name(), upstream));
        // KFP 2 passes run-time resources through task inputs but records no dependency for them
        PipelineTree.resourceReferences(task).values().forEach(v -> tree.references(v.value())
            .forEach(c -> seeAndPassDown(path, task.name(), c)));
        // what the Kubernetes settings read (a claim's name, a label's value) reaches the task's DAG too
        PipelineTree.kubernetesReferences(task).forEach(v -> tree.references(v)
            .forEach(c -> read(path, task.name(), c, true)));
      } else if (member instanceof Group.Loop loop && loop.source() instanceof LoopSource.DynamicItems d) {
        read(tree.groupPath(loop.id()), GroupNames.of(loop), tree.channel(d.list()), true);
        collectReads(loop);
      } else if (member instanceof Group.Conditional c) {
        tree.operands(c).forEach(ch -> read(tree.groupPath(c.id()), GroupNames.of(c), ch, true));
        collectReads(c);
      } else if (member instanceof Group.Graph g) {
        List<Group> path = tree.groupPath(g.id());
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
    seeAndPassDown(path, reader, channel);
    if (channel instanceof Channel.Output out) {
      depend(path, reader, out.task(), data);
    }
  }

  /** The channel as the reader sees it (surfaced by graph components' calls) passed down to it. */
  private void seeAndPassDown(List<Group> path, String reader, Channel channel) {
    Channel seen = tree.seenFrom(channel, path, (call, output, producer, key) ->
        surfaced.computeIfAbsent(GroupNames.of(call), k -> new LinkedHashMap<>())
            .putIfAbsent(output.fullName(), new SurfacedOutput(producer, key, output.type())));
    passDown(path, reader, seen);
  }

  /** Each group between the channel's origin and the reader inside {@code path} gets the channel as an input. */
  /** Whether the groups holding the upstream end below the common ones are all graph components' calls. */
  private static boolean surfacedOnly(List<Group> upGroups, int common) {
    return upGroups.subList(common, upGroups.size()).stream().allMatch(g -> g instanceof Group.Graph);
  }

  private void passDown(List<Group> path, String reader, Channel channel) {
    Group origin = tree.origin(channel);
    int at = indexOfSame(path, origin);
    if (at < 0) {
      Channel.Output out = (Channel.Output) channel;
      throw new V2CompileException("pipeline \"" + graph.name() + "\": " + reader + " reads output " + out.output()
          + " of task " + out.task() + ", which runs inside " + GroupNames.of(origin) + " that does not contain "
          + reader + "; KFP v2 passes a value only into the groups inside the one that makes it. Move the reader"
          + " into that group, or compile for the Argo target (KFP v1)");
    }
    for (Group g : path.subList(at + 1, path.size())) {
      inputsOf(g).putIfAbsent(channel.fullName(), channel);
    }
  }

  /**
   * Where the group stands in the path: found by identity first, since a group record's {@code equals} compares the
   * whole tree below it (costly at start-up and quadratic in big pipelines), then by value.
   */
  private static int indexOfSame(List<Group> path, Group group) {
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i) == group) {
        return i;
      }
    }
    return path.indexOf(group);
  }

  private void depend(List<Group> readerPath, String reader, String upstream, boolean data) {
    dependOn(readerPath, reader, tree.taskPath(upstream), upstream, data);
  }

  /** The reader waits for a whole graph component's call. */
  private void dependOnGroup(List<Group> readerPath, String reader, GroupId upstream) {
    Group group = graph.group(upstream).orElseThrow();
    dependOn(readerPath, reader, tree.groupPath(upstream), GroupNames.of(group), false);
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
      boolean allowed = inner instanceof Group.Loop ? !data
          : inner instanceof Group.Graph && (!data || surfacedOnly(upGroups, common));
      if (!allowed) {
        throw new V2CompileException("pipeline \"" + graph.name() + "\": " + reader + (data ? " reads from " : " runs"
            + " after ") + upstream + ", which runs inside " + GroupNames.of(inner) + " that does not contain "
            + reader + "; KFP v2 allows this only "
            + (inner instanceof Group.Loop ? "to wait for a whole loop" : "inside that group")
            + ". Move " + reader + " into " + GroupNames.of(inner) + ", or compile for the Argo target (KFP v1)");
      }
    }
    dependencies.computeIfAbsent(down.get(common), k -> new TreeSet<>()).add(up.get(common));
  }
}

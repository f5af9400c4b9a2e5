package io.kfp4j.sdk.local;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.Group;

/**
 * The names the engine gives groups in its run records ({@link RunGraph.Box#name()}, task messages): the names
 * KFP's UI shows for the same pipeline ({@code for-loop-4}, {@code condition-heads-1}, {@code exit-handler-2}, {@code graph-flip-component-1}), made
 * from each group's id, so a run reads the same here as on a cluster and run stores written before stay consistent.
 */
final class GroupNames {
  private GroupNames() {}

  /** The group's name in a run; the root, which no record names, is {@code root}. */
  static String of(Group group) {
    int ordinal = group.id().ordinal();
    return switch (group.id().kind()) {
      case ROOT -> "root";
      case CONDITION -> "condition-" + label((Group.Conditional) group) + ordinal;
      case LOOP -> "for-loop-" + ordinal;
      case EXIT_HANDLER -> "exit-handler-" + ordinal;
      case GRAPH -> "graph-" + KfpNames.k8sName(((Group.Graph) group).name()) + "-" + ordinal;
    };
  }

  private static String label(Group.Conditional condition) {
    return condition.label() == null ? "" : KfpNames.k8sName(condition.label()) + "-";
  }
}

package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.Group;

/**
 * KFP 2's names of groups: {@code condition-N}, {@code for-loop-N}, {@code exit-handler-N}, numbered by one counter
 * in creation order. A loop over a static list takes two numbers, its item ({@code loop-item-param-N}) first and the
 * loop second, as KFP 1.8 counts them and kfp4j's group ids record (KFP's goldens: {@code loop-item-param-1} in
 * {@code for-loop-2}). A graph component's call, which KFP 2 has no group for, is a sub-DAG named as the Argo
 * compiler names its template ({@code graph-count-up-1}).
 */
final class GroupNames {
  private GroupNames() {}

  static String of(Group group) {
    return switch (group.id().kind()) {
      case ROOT -> "root";
      case CONDITION -> "condition-" + group.id().ordinal();
      case LOOP -> "for-loop-" + group.id().ordinal();
      case EXIT_HANDLER -> "exit-handler-" + group.id().ordinal();
      case GRAPH -> "graph-" + io.kfp4j.runtime.spec.KfpNames.k8sName(((Group.Graph) group).name()) + "-"
          + group.id().ordinal();
    };
  }

  /** The item of a loop over a static list: {@code loop-item-param-N}. */
  static String staticItem(Group.Loop loop) {
    return "loop-item-param-" + loop.itemOrdinal();
  }
}

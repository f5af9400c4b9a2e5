package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.metrics.UiOutputs;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Group;
import io.kfp4j.sdk.ir.LoopSource;
import java.util.Collection;

/**
 * KFP 1.8.22's Argo names: groups ({@code condition-heads-1}, {@code for-loop-4}, {@code exit-handler-1}, from their
 * ids), output parameters, loop items, artifact-only outputs and unique template names. The IR carries none of
 * them; this is where the Argo target names things.
 */
final class Names {
  private Names() {}

  /** {@code <task>-<output, sanitized keeping case>}: {@code add-Output}, {@code my-comp-Output-1}. */
  static String output(String task, String output) {
    return task + "-" + KfpNames.k8sNameKeepCase(output);
  }

  /**
   * A group's template name, from the pipeline-wide ordinal in its id: {@code condition-1}, {@code condition-heads-1}
   * (the label sanitized), {@code for-loop-4}, {@code exit-handler-1}. The root is named after the pipeline, by
   * {@link GroupTree}.
   */
  static String group(Group group) {
    int ordinal = group.id().ordinal();
    if (group instanceof Group.Conditional c) {
      return "condition-" + (c.label() == null ? "" : KfpNames.k8sName(c.label()) + "-") + ordinal;
    }
    if (group instanceof Group.Loop) {
      return "for-loop-" + ordinal;
    }
    if (group instanceof Group.ExitHandler) {
      return "exit-handler-" + ordinal;
    }
    throw new IllegalArgumentException("the root is named after its pipeline");
  }

  /**
   * A loop's item parameter: {@code loop-item-param-<item ordinal>} over a static list, else the list's parameter
   * name with {@code -loop-item} after it ({@code items-loop-item}, {@code make-list-out-loop-item}).
   */
  static String loopItem(Group.Loop loop) {
    if (loop.source() instanceof LoopSource.DynamicItems dynamic) {
      return (dynamic.list() instanceof ArgumentValue.OutputRef o ? output(o.task(), o.output())
          : ((ArgumentValue.ParameterRef) dynamic.list()).parameter()) + "-loop-item";
    }
    return "loop-item-param-" + loop.itemOrdinal();
  }

  /** The loop item parameter, or one field of it: {@code loop-item-param-1}, {@code loop-item-param-1-subvar-a}. */
  static String loopItem(String itemName, String field) {
    return field == null ? itemName : itemName + "-subvar-" + field;
  }

  /**
   * The artifact name of a metrics or UI-metadata output, or {@code null}: as KFP, every character but a letter or
   * digit becomes a dash, so {@code mlpipeline_metrics} (the name a Python or Java parameter gives) and
   * {@code MLPipeline UI metadata} count too.
   */
  static String uiArtifact(String output) {
    return UiOutputs.artifactOf(output).orElse(null);
  }

  /** {@code name}, or {@code name-2}, {@code name-3}, ... whichever is not taken yet. */
  static String unique(String name, Collection<String> taken) {
    String unique = name;
    for (int i = 2; taken.contains(unique); i++) {
      unique = name + "-" + i;
    }
    return unique;
  }
}

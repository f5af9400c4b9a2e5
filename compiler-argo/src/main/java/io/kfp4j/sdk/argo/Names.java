package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.spec.KfpNames;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** KFP 1.8.22's Argo names: output parameters, loop items, artifact-only outputs and unique template names. */
final class Names {
  /** Outputs KFP always passes as plain artifacts named without the task prefix. */
  private static final Set<String> UI_OUTPUTS = Set.of("mlpipeline-ui-metadata", "mlpipeline-metrics");

  private Names() {}

  /** {@code <task>-<output, sanitized keeping case>}: {@code add-Output}, {@code my-comp-Output-1}. */
  static String output(String task, String output) {
    return task + "-" + KfpNames.k8sNameKeepCase(output);
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
    String normalized = output.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "-");
    return UI_OUTPUTS.contains(normalized) ? normalized : null;
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

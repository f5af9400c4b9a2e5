package io.kfp4j.sdk.local;

import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.Volume;
import java.util.Map;

/**
 * A task instance's settings as it runs: each {@link SettingValue} read in the instance's scope (a constant as
 * itself, a reference as the parameter, output or loop item it names), as Argo fills in KFP's placeholders.
 *
 * @param outputs the run's outputs and parameters
 * @param scope the loop iterations the instance runs in
 */
record SettingValues(Outputs outputs, Scope scope) {

  /** The value as text ({@code 1G}, {@code 2}); a reference read now. */
  String text(SettingValue value) {
    if (value instanceof SettingValue.Constant c) {
      return c.text();
    }
    if (value instanceof SettingValue.WholeNumber n) {
      return Long.toString(n.value());
    }
    return outputs.text(((SettingValue.Reference) value).value(), scope);
  }

  /** The name of the claim behind a volume, or {@code null} when the volume is no persistent volume claim. */
  String claimName(Volume volume) {
    if (volume instanceof Volume.Claim c) {
      return text(c.claimName());
    }
    Object pvc = ((Volume.Plain) volume).source().get("persistentVolumeClaim");
    Object name = pvc instanceof Map<?, ?> m ? m.get("claimName") : null;
    return name == null ? null : name instanceof SettingValue v ? text(v) : name.toString();
  }
}

package io.kfp4j.sdk.task;

import io.kfp4j.sdk.ir.ArgumentValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a task setting that may be given when the pipeline runs, such as a memory limit, the claim name of a
 * mounted volume or the size of a claim: a constant, or a typed reference to a pipeline parameter, a task output or
 * a loop item. Each consumer writes references its own way: the Argo compiler as
 * {@code {{inputs.parameters.<name>}}}, the local engine as the value it reads when the task runs.
 */
public sealed interface SettingValue {

  /** Text fixed when the pipeline is built. */
  static SettingValue of(String text) {
    return new Constant(text);
  }

  /** A constant for {@link ArgumentValue.Constant}, else a {@link Reference}. */
  static SettingValue of(ArgumentValue value) {
    return value instanceof ArgumentValue.Constant c ? new Constant(c.text()) : new Reference(value);
  }

  /** The run-time value it reads, if it reads one. */
  default Optional<ArgumentValue> reference() {
    return this instanceof Reference r ? Optional.of(r.value()) : Optional.empty();
  }

  /** Text fixed when the pipeline is built. @param text the text */
  record Constant(String text) implements SettingValue {
    public Constant {
      Objects.requireNonNull(text, "a setting's text cannot be null");
    }
  }

  /**
   * A whole number fixed when the pipeline is built, which targets write as a number ({@code nvidia.com/gpu: 2}).
   *
   * @param value the number
   */
  record WholeNumber(long value) implements SettingValue {}

  /**
   * A value given when the pipeline runs.
   *
   * @param value a pipeline parameter, a task output, a loop item, or text with such references in it
   *     ({@link ArgumentValue.Template}); never a constant
   */
  record Reference(ArgumentValue value) implements SettingValue {
    public Reference {
      Objects.requireNonNull(value, "value");
      if (value instanceof ArgumentValue.Constant) {
        throw new IllegalArgumentException("a constant setting is a SettingValue.Constant, not a reference: " + value);
      }
    }
  }
}

package io.kfp4j.sdk;

import java.util.Objects;

/**
 * A typed reference to an output of a task, used as the argument of a later task.
 *
 * @param task the task that produces it
 * @param name the output's name in the component spec
 * @param typeIgnored whether the KFP type check against the consuming input is skipped ({@link #as})
 * @param <T> the Java type of its value ({@link Artifact} for files), checked by the compiler
 */
public record Output<T>(Task<?> task, String name, boolean typeIgnored) implements Source<T> {
  public Output {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(name, "name");
  }

  /** An output whose KFP type is checked against the input it is given to. */
  public Output(Task<?> task, String name) {
    this(task, name, false);
  }

  /** The KFP type of the output, or {@code null} when untyped. */
  public String kfpType() {
    return task.component().spec().output(name).flatMap(o -> o.typeName()).orElse(null);
  }

  /**
   * The same output seen as another Java type, as KFP's {@code ignore_type()}: for passing a value output to a
   * file input ({@code as(Artifact.class)}) or a file to a text input, or a {@code CSV} file to an untyped-CSV
   * {@code Data} input. The KFP types are not compared when the pipeline is built.
   */
  public <U> Output<U> as(Class<U> otherType) {
    return new Output<>(task, name, true);
  }

  @Override
  public String toString() {
    return "output \"" + name + "\" of " + task;
  }
}

package io.kfp4j.sdk;

import java.util.Objects;

/**
 * A constant argument.
 *
 * @param value the value, never {@code null}
 * @param <T> its type
 */
public record Value<T>(T value) implements Source<T> {
  public Value {
    Objects.requireNonNull(value, "a constant argument cannot be null; leave an optional input unset instead");
  }

  /** A constant. */
  public static <T> Value<T> of(T value) {
    return new Value<>(value);
  }

  /**
   * The same constant seen as another Java type, for an input of that type: {@code Value.of(5L).as(Integer.class)}.
   * The value is not converted: it is serialized by the KFP type of the input it is given to, and a value that type
   * cannot take fails when the pipeline is built, naming the task and the input.
   */
  @SuppressWarnings("unchecked")
  public <U> Value<U> as(Class<U> otherType) {
    return new Value<>((U) value);
  }
}

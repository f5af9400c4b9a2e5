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
}

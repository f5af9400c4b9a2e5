package io.kfp4j.sdk;

import java.util.Objects;

/**
 * A pipeline parameter: a value given when the pipeline runs.
 *
 * @param name the parameter's name
 * @param type its Java type
 * @param defaultValue its default, or {@code null} when it must be given
 * @param <T> its type
 */
public record Param<T>(String name, Class<T> type, T defaultValue) implements Source<T> {
  public Param {
    Objects.requireNonNull(name, "a parameter needs a name");
    Objects.requireNonNull(type, "a parameter needs a type");
  }

  /** A parameter without a default. */
  public static <T> Param<T> of(String name, Class<T> type) {
    return new Param<>(name, type, null);
  }

  /** A parameter with a default. */
  public static <T> Param<T> of(String name, Class<T> type, T defaultValue) {
    return new Param<>(name, type, defaultValue);
  }
}

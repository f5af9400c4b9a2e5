package io.kfp4j.sdk;

import java.util.Objects;

/**
 * A pipeline parameter: a value given when the pipeline runs. Declared with {@code p.param(...)} inside a
 * pipeline, or as a {@code Param<T>} parameter of a {@code @Pipeline} method.
 *
 * @param name the parameter's name
 * @param type its Java type
 * @param <T> its type
 */
public record Param<T>(String name, Class<T> type) implements Source<T> {
  public Param {
    Objects.requireNonNull(name, "a parameter needs a name");
    Objects.requireNonNull(type, "a parameter needs a type");
  }
}

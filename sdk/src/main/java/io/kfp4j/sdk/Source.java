package io.kfp4j.sdk;

/**
 * Where an input of a task gets its value: a constant, a pipeline parameter or another task's output.
 *
 * @param <T> the Java type of the value, which the compiler checks against the input's type
 */
public sealed interface Source<T> permits Value, Param, Output {}

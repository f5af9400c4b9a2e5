package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.Comparison.Operator;

/**
 * Where an input of a task gets its value: a constant, a pipeline parameter, another task's output, a loop
 * item, or text with such references in it.
 *
 * @param <T> the Java type of the value, which the compiler checks against the input's type
 */
public sealed interface Source<T> permits Value, Param, Output, LoopItem, Formatted {

  /** This equals {@code other} (a constant or another source), for {@link Condition}. */
  default Check eq(Object other) {
    return new Check(this, Operator.EQ, other);
  }

  /** This differs from {@code other}. */
  default Check ne(Object other) {
    return new Check(this, Operator.NE, other);
  }

  /** This is less than {@code other}. */
  default Check lt(Object other) {
    return new Check(this, Operator.LT, other);
  }

  /** This is at most {@code other}. */
  default Check le(Object other) {
    return new Check(this, Operator.LE, other);
  }

  /** This is greater than {@code other}. */
  default Check gt(Object other) {
    return new Check(this, Operator.GT, other);
  }

  /** This is at least {@code other}. */
  default Check ge(Object other) {
    return new Check(this, Operator.GE, other);
  }
}

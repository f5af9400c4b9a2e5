package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.Comparison.Operator;
import java.util.Objects;

/**
 * A comparison for {@link Condition}: {@code flip.output().eq("heads")}, {@code num.output().gt(threshold)}.
 *
 * @param left a source
 * @param operator the comparison
 * @param right a constant or a source
 */
public record Check(Source<?> left, Operator operator, Object right) {
  public Check {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(right, "a condition cannot compare with null");
  }
}

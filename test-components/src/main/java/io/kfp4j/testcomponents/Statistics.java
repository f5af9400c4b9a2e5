package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;
import java.util.List;

/** A component with several outputs, one per record component. */
public final class Statistics {
  private Statistics() {}

  /** The outputs of {@link #describe}: one KFP output per component. */
  public record Summary(double mean, double max, int count) {}

  /**
   * Describes a list of numbers.
   *
   * @param values the numbers, as a JSON array
   * @return their mean, maximum and count
   */
  @Component
  public static Summary describe(List<Double> values) {
    double sum = 0;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      max = Math.max(max, v);
    }
    return new Summary(values.isEmpty() ? 0 : sum / values.size(), max, values.size());
  }
}

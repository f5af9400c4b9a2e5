package io.kfp4j.runtime.metrics;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One metric of KFP's {@code mlpipeline-metrics}: {@code {"name": "accuracy", "numberValue": 0.93, "format":
 * "PERCENTAGE"}}.
 *
 * @param name letters, digits, {@code -} and {@code _}, starting with a letter and ending with a letter or digit, at
 *     most 64 characters (the pattern KFP's server stores metrics by)
 * @param numberValue the value, a finite number
 * @param format how KFP's UI shows it
 */
public record Metric(String name, double numberValue, Format format) {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?");

  /** How KFP's UI shows a metric. */
  public enum Format {
    /** The number as it is. */
    RAW,
    /** A fraction shown as a percentage: 0.93 as {@code 93.000%}. */
    PERCENTAGE
  }

  /** Checks the name and the value. @throws IllegalArgumentException naming what KFP would refuse, and the fix */
  public Metric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("metric name \"" + name + "\" is not one KFP's server stores (letters,"
          + " digits, - and _, starting with a letter, ending with a letter or digit, at most 64 characters);"
          + " write it as, for example, \"accuracy-score\"");
    }
    if (!Double.isFinite(numberValue)) {
      throw new IllegalArgumentException("metric \"" + name + "\" has the value " + numberValue
          + ", which JSON cannot hold; KFP needs a finite number");
    }
  }
}

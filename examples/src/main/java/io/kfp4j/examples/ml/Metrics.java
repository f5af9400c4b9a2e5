package io.kfp4j.examples.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * KFP v1's {@code mlpipeline-metrics} file, which KFP shows in its run list and compares across runs (and so does
 * {@code kfp4j ui}): {@code {"metrics": [{"name": "accuracy-score", "numberValue": 0.8, "format": "PERCENTAGE"}]}}.
 * Write it to an output named {@code mlpipeline_metrics}.
 *
 * @param metrics the metrics, in the order shown
 */
public record Metrics(List<Metric> metrics) {
  private static final Pattern NAME = Pattern.compile("[a-z]([-a-z0-9]{0,62}[a-z0-9])?");

  public Metrics {
    metrics = List.copyOf(metrics);
  }

  /**
   * One metric.
   *
   * @param name lower case letters, digits and dashes, as KFP requires ({@code accuracy-score})
   * @param numberValue the value
   * @param format {@code PERCENTAGE} (a value from 0 to 1) or {@code RAW}
   */
  public record Metric(String name, double numberValue, String format) {
    public Metric {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("metric name \"" + name + "\" is not one KFP accepts; use lower case"
            + " letters, digits and dashes, starting with a letter, such as \"accuracy-score\"");
      }
      if (!format.equals("PERCENTAGE") && !format.equals("RAW")) {
        throw new IllegalArgumentException("metric format must be PERCENTAGE or RAW, not \"" + format + "\"");
      }
    }

    /** A value from 0 to 1, shown as a percentage. */
    public static Metric percentage(String name, double value) {
      return new Metric(name, value, "PERCENTAGE");
    }

    /** A value shown as it is. */
    public static Metric raw(String name, double value) {
      return new Metric(name, value, "RAW");
    }
  }

  /** The metrics given. */
  public static Metrics of(Metric... metrics) {
    return new Metrics(List.of(metrics));
  }

  /** Writes the JSON file. */
  public void write(Path file) throws IOException {
    new ObjectMapper().writeValue(file.toFile(), this);
  }
}

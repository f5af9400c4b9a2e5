package io.kfp4j.runtime.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's metrics, as KFP shows them in its run list and compares them across runs ({@code mlpipeline-metrics}:
 * {@code {"metrics": [{"name": "accuracy", "numberValue": 0.93, "format": "PERCENTAGE"}]}}).
 *
 * <p>A {@code @Component} method takes it as a parameter {@code @OutputPath Metrics metrics} and adds to it; the
 * generated entry writes the file when the method returns, to the output {@value UiOutputs#METRICS_OUTPUT} (type
 * {@value UiOutputs#METRICS_TYPE}), which KFP passes as the artifact {@value UiOutputs#METRICS_ARTIFACT}. A
 * component has at most one. Not thread-safe: add from one thread.
 */
public final class Metrics {
  /** The most metrics KFP's server reads from one file. */
  public static final int MAX_METRICS = 50;

  private final List<Metric> metrics = new ArrayList<>();

  /** No metrics yet. */
  public Metrics() {}

  /** Adds a metric shown as it is. @return this @throws IllegalArgumentException as {@link #add(Metric)} */
  public Metrics raw(String name, double value) {
    return add(new Metric(name, value, Metric.Format.RAW));
  }

  /**
   * Adds a fraction shown as a percentage ({@code 0.93} as {@code 93.000%}).
   *
   * @return this
   * @throws IllegalArgumentException as {@link #add(Metric)}
   */
  public Metrics percentage(String name, double fraction) {
    return add(new Metric(name, fraction, Metric.Format.PERCENTAGE));
  }

  /**
   * Adds a metric.
   *
   * @return this
   * @throws IllegalArgumentException when a metric of that name is there already (KFP stores one per name), or
   *     there are {@value #MAX_METRICS} already (KFP's server refuses the file)
   */
  public Metrics add(Metric metric) {
    for (Metric m : metrics) {
      if (m.name().equals(metric.name())) {
        throw new IllegalArgumentException("metric \"" + metric.name() + "\" is there already (" + m.numberValue()
            + "); KFP keeps one value per name, so give this one another name");
      }
    }
    if (metrics.size() == MAX_METRICS) {
      throw new IllegalArgumentException("metric \"" + metric.name() + "\" would be number " + (MAX_METRICS + 1)
          + "; KFP's server refuses files with more than " + MAX_METRICS + " metrics");
    }
    metrics.add(metric);
    return this;
  }

  /** The metrics added, in order. */
  public List<Metric> list() {
    return List.copyOf(metrics);
  }

  /** KFP's JSON: {@code {"metrics": [{"name": ..., "numberValue": ..., "format": ...}]}}. */
  public String toJson() {
    List<Object> entries = new ArrayList<>();
    for (Metric m : metrics) {
      entries.add(MetadataJson.object("name", m.name(), "numberValue", m.numberValue(), "format", m.format().name()));
    }
    return MetadataJson.write(MetadataJson.object("metrics", entries));
  }

  /** Writes {@link #toJson()} to a file (UTF-8). @throws IOException when it cannot be written */
  public void writeTo(Path file) throws IOException {
    Files.writeString(file, toJson(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return toJson();
  }
}

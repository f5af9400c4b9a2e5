package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.runtime.metrics.Metrics;
import io.kfp4j.runtime.metrics.UiMetadata;
import io.kfp4j.runtime.metrics.Visualization.Roc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A component that reports to KFP's UI, with the metrics API: metrics and every kind of visualization. */
public final class Reports {
  private Reports() {}

  /**
   * Trains a pretend model and reports how it went.
   *
   * @param rate the learning rate
   * @param modelPath the model
   * @param metrics how well it went
   * @param ui what it looks like
   * @throws IOException when the model cannot be written
   */
  @Component
  public static void trainAndReport(double rate, @OutputPath("Model") Path modelPath, @OutputPath Metrics metrics,
      @OutputPath UiMetadata ui) throws IOException {
    Files.writeString(modelPath, "weights at rate " + rate);
    metrics.percentage("accuracy-score", 0.8).raw("rmse", rate * 2.5);
    ui.markdown("# Trained\n\nrate **" + rate + "**")
        .table(List.of("epoch", "loss"), List.of(List.of(1, 0.9), List.of(2, 0.4)))
        .confusionMatrix(List.of("cat", "dog"), new long[][] {{5, 1}, {2, 7}})
        .roc(List.of(new Roc.Point(0, 0, 1), new Roc.Point(0.1, 0.6, 0.8), new Roc.Point(1, 1, 0)))
        .webApp("<h1>hello from a Java web app</h1>")
        .tensorboard("gs://bucket/logs/" + rate);
  }
}

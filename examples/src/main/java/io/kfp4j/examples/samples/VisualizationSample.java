package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.VisualizationSampleOps.ConfusionVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.MarkdownVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.RocVisualizationOp;
import io.kfp4j.examples.samples.VisualizationSampleOps.TableVisualizationOp;
import io.kfp4j.runtime.metrics.UiMetadata;
import io.kfp4j.runtime.metrics.Visualization;
import java.util.ArrayList;
import java.util.List;

/**
 * KFP's {@code visualization} samples (markdown, table, ROC curve, confusion matrix) as one pipeline: each task writes
 * an {@code mlpipeline_ui_metadata} output that KFP's UI, and {@code kfp4j ui}, draw on the task's page.
 */
public final class VisualizationSample {
  private VisualizationSample() {}

  /** Scores a classifier gave twelve examples, highest first, and their true classes. */
  static final double[] SCORES = {0.95, 0.9, 0.8, 0.7, 0.65, 0.6, 0.45, 0.4, 0.3, 0.2, 0.1, 0.05};
  static final int[] LABELS = {1, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0};

  /**
   * Shows markdown.
   *
   * @param ui where the visualization goes (output {@code mlpipeline_ui_metadata})
   */
  @Component
  public static void markdownVisualization(@OutputPath UiMetadata ui) {
    ui.markdown("""
        # Markdown from a Java component

        * written **inline** in `mlpipeline_ui_metadata`
        * drawn by KFP's UI and by `kfp4j ui`
        """);
  }

  /**
   * Shows a table: precision and recall of the scores at three thresholds.
   *
   * @param ui where the visualization goes (output {@code mlpipeline_ui_metadata})
   */
  @Component
  public static void tableVisualization(@OutputPath UiMetadata ui) {
    List<List<?>> rows = new ArrayList<>();
    for (double threshold : new double[] {0.3, 0.5, 0.7}) {
      int[] counts = counts(threshold);   // true positives, false positives, positives
      rows.add(List.of(threshold, (double) counts[0] / (counts[0] + counts[1]), (double) counts[0] / counts[2]));
    }
    ui.table(List.of("threshold", "precision", "recall"), rows);
  }

  /**
   * Shows the ROC curve of the scores: one point per score taken as threshold.
   *
   * @param ui where the visualization goes (output {@code mlpipeline_ui_metadata})
   */
  @Component
  public static void rocVisualization(@OutputPath UiMetadata ui) {
    int negatives = LABELS.length - counts(0)[2];
    List<Visualization.Roc.Point> points = new ArrayList<>();
    points.add(new Visualization.Roc.Point(0.0, 0.0, 1.0));
    for (double threshold : SCORES) {
      int[] counts = counts(threshold);
      points.add(new Visualization.Roc.Point((double) counts[1] / negatives, (double) counts[0] / counts[2],
          threshold));
    }
    ui.roc(points);
  }

  /**
   * Shows a confusion matrix of three classes.
   *
   * @param ui where the visualization goes (output {@code mlpipeline_ui_metadata})
   */
  @Component
  public static void confusionVisualization(@OutputPath UiMetadata ui) {
    long[][] counts = {{38, 6, 1}, {4, 41, 3}, {2, 5, 30}};
    ui.confusionMatrix(List.of("cat", "dog", "bird"), counts);
  }

  /** True positives, false positives and all positives when scores at or above the threshold count as positive. */
  static int[] counts(double threshold) {
    int[] counts = new int[3];
    for (int i = 0; i < SCORES.length; i++) {
      boolean predicted = SCORES[i] >= threshold;
      counts[0] += predicted && LABELS[i] == 1 ? 1 : 0;
      counts[1] += predicted && LABELS[i] == 0 ? 1 : 0;
      counts[2] += LABELS[i];
    }
    return counts;
  }

  /**
   * Four tasks, one per kind of visualization. Open the run in {@code kfp4j ui} (or KFP's UI) and click a task.
   *
   * <p>It shows: {@code mlpipeline_ui_metadata} outputs with markdown, a table, a ROC curve and a confusion matrix.
   */
  @Pipeline(name = "visualization-pipeline",
      description = "Markdown, a table, a ROC curve and a confusion matrix, each drawn by the UI.")
  public static void visualizationPipeline() {
    MarkdownVisualizationOp.markdownVisualization();
    TableVisualizationOp.tableVisualization();
    RocVisualizationOp.rocVisualization();
    ConfusionVisualizationOp.confusionVisualization();
  }
}

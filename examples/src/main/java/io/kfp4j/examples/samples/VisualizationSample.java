package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.ml.UiMetadata;
import java.io.IOException;
import java.nio.file.Path;
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
   * @param mlpipeline_ui_metadata_path where the visualization goes
   * @throws IOException when it cannot be written
   */
  @Component
  public static void markdownVisualization(@OutputPath("UI_metadata") Path mlpipeline_ui_metadata_path)
      throws IOException {
    UiMetadata.of(UiMetadata.markdown("""
        # Markdown from a Java component

        * written **inline** in `mlpipeline_ui_metadata`
        * drawn by KFP's UI and by `kfp4j ui`
        """)).write(mlpipeline_ui_metadata_path);
  }

  /**
   * Shows a table: precision and recall of the scores at three thresholds.
   *
   * @param mlpipeline_ui_metadata_path where the visualization goes
   * @throws IOException when it cannot be written
   */
  @Component
  public static void tableVisualization(@OutputPath("UI_metadata") Path mlpipeline_ui_metadata_path)
      throws IOException {
    List<List<?>> rows = new ArrayList<>();
    for (double threshold : new double[] {0.3, 0.5, 0.7}) {
      int[] counts = counts(threshold);   // true positives, false positives, positives
      rows.add(List.of(threshold, (double) counts[0] / (counts[0] + counts[1]), (double) counts[0] / counts[2]));
    }
    UiMetadata.of(UiMetadata.table(List.of("threshold", "precision", "recall"), rows))
        .write(mlpipeline_ui_metadata_path);
  }

  /**
   * Shows the ROC curve of the scores: one point per score taken as threshold.
   *
   * @param mlpipeline_ui_metadata_path where the visualization goes
   * @throws IOException when it cannot be written
   */
  @Component
  public static void rocVisualization(@OutputPath("UI_metadata") Path mlpipeline_ui_metadata_path)
      throws IOException {
    int negatives = LABELS.length - counts(0)[2];
    List<List<?>> points = new ArrayList<>();
    points.add(List.of(0.0, 0.0, 1.0));
    for (double threshold : SCORES) {
      int[] counts = counts(threshold);
      points.add(List.of((double) counts[1] / negatives, (double) counts[0] / counts[2], threshold));
    }
    UiMetadata.of(UiMetadata.roc(points)).write(mlpipeline_ui_metadata_path);
  }

  /**
   * Shows a confusion matrix of three classes.
   *
   * @param mlpipeline_ui_metadata_path where the visualization goes
   * @throws IOException when it cannot be written
   */
  @Component
  public static void confusionVisualization(@OutputPath("UI_metadata") Path mlpipeline_ui_metadata_path)
      throws IOException {
    long[][] counts = {{38, 6, 1}, {4, 41, 3}, {2, 5, 30}};
    UiMetadata.of(UiMetadata.confusionMatrix(List.of("cat", "dog", "bird"), counts)).write(mlpipeline_ui_metadata_path);
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

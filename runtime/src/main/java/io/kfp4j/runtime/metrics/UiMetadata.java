package io.kfp4j.runtime.metrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A task's visualizations, as KFP 1.8's UI draws them on the task's page ({@code mlpipeline-ui-metadata}:
 * {@code {"version": 1, "outputs": [{"type": "markdown", ...}, ...]}}).
 *
 * <p>A {@code @Component} method takes it as a parameter {@code @OutputPath UiMetadata ui} and adds to it; the
 * generated entry writes the file when the method returns, to the output {@value UiOutputs#UI_METADATA_OUTPUT} (type
 * {@value UiOutputs#UI_METADATA_TYPE}), which KFP passes as the artifact {@value UiOutputs#UI_METADATA_ARTIFACT}. A
 * component has at most one. Not thread-safe: add from one thread.
 */
public final class UiMetadata {
  private final List<Visualization> outputs = new ArrayList<>();

  /** No visualizations yet. */
  public UiMetadata() {}

  /** Adds a visualization. @return this */
  public UiMetadata add(Visualization visualization) {
    outputs.add(java.util.Objects.requireNonNull(visualization, "visualization"));
    return this;
  }

  /** Adds markdown text. @return this */
  public UiMetadata markdown(String text) {
    return add(new Visualization.Markdown(text));
  }

  /** Adds a table. @return this @throws IllegalArgumentException when a row's length differs from the header's */
  public UiMetadata table(List<String> header, List<? extends List<?>> rows) {
    return add(Visualization.Table.of(header, rows));
  }

  /**
   * Adds a confusion matrix, {@code counts[actual][predicted]}.
   *
   * @return this
   * @throws IllegalArgumentException when the matrix is not square with one row and column per label
   */
  public UiMetadata confusionMatrix(List<String> labels, long[][] counts) {
    return add(Visualization.ConfusionMatrix.of(labels, counts));
  }

  /** Adds a ROC curve. @return this */
  public UiMetadata roc(List<Visualization.Roc.Point> points) {
    return add(new Visualization.Roc(points));
  }

  /** Adds a static HTML page. @return this */
  public UiMetadata webApp(String html) {
    return add(new Visualization.WebApp(html));
  }

  /** Adds a link to Tensorboard over a log folder. @return this */
  public UiMetadata tensorboard(String logDir) {
    return add(new Visualization.Tensorboard(logDir));
  }

  /** The visualizations added, in order. */
  public List<Visualization> list() {
    return List.copyOf(outputs);
  }

  /** KFP's JSON: {@code {"version": 1, "outputs": [...]}}. */
  public String toJson() {
    List<Object> entries = new ArrayList<>();
    outputs.forEach(v -> entries.add(v.toJsonObject()));
    return MetadataJson.write(MetadataJson.object("version", 1, "outputs", entries));
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

package io.kfp4j.ui.internal.viz;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The visualization types of KFP v1's {@code mlpipeline-ui-metadata}, with the titles KFP's UI gives them. */
enum OutputType {
  MARKDOWN("markdown", "Markdown"),
  TABLE("table", "Table"),
  CONFUSION_MATRIX("confusion_matrix", "Confusion matrix"),
  ROC("roc", "ROC curve"),
  WEB_APP("web-app", "Static HTML"),
  TENSORBOARD("tensorboard", "Tensorboard");

  private final String id;
  private final String title;

  OutputType(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The {@code type} value as written in the metadata, e.g. {@code confusion_matrix}. */
  String id() {
    return id;
  }

  /** The section heading. */
  String title() {
    return title;
  }

  /** The section's CSS class suffix: {@code viz-<id>}. */
  String cssKind() {
    return id;
  }

  static Optional<OutputType> of(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** {@code markdown, table, ...} for messages. */
  static String listed() {
    return Arrays.stream(values()).map(OutputType::id).collect(Collectors.joining(", "));
  }
}

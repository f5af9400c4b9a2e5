package io.kfp4j.examples.ml;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * KFP v1's {@code mlpipeline-ui-metadata} file: the visualizations KFP's UI draws for a task (and so does
 * {@code kfp4j ui}). Write it to an output named {@code mlpipeline_ui_metadata}. Every visualization here carries its
 * data inline, so it shows the same on a cluster and on this machine.
 *
 * @param version always 1
 * @param outputs the visualizations, in the order shown
 */
public record UiMetadata(int version, List<Output> outputs) {
  public UiMetadata {
    outputs = List.copyOf(outputs);
  }

  /**
   * One visualization; fields a type does not use are left out of the JSON.
   *
   * @param type {@code markdown}, {@code table}, {@code confusion_matrix} or {@code roc}
   * @param storage {@code inline}: {@code source} is the content itself
   * @param format {@code csv} for the tabular types
   * @param header a table's column titles
   * @param schema the CSV columns of a confusion matrix or ROC curve
   * @param labels a confusion matrix's classes, in order
   * @param source the markdown text, or the CSV rows
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Output(String type, String storage, String format, List<String> header,
      List<Column> schema, List<String> labels, String source) {}

  /**
   * A CSV column of a confusion matrix or ROC curve.
   *
   * @param name its name
   * @param type {@code CATEGORY} or {@code NUMBER}
   */
  public record Column(String name, String type) {}

  /** The visualizations given. */
  public static UiMetadata of(Output... outputs) {
    return new UiMetadata(1, List.of(outputs));
  }

  /** Markdown text. */
  public static Output markdown(String text) {
    return new Output("markdown", "inline", null, null, null, null, text);
  }

  /** A table with a title per column; cells are written as CSV (no commas inside them). */
  public static Output table(List<String> header, List<List<?>> rows) {
    return new Output("table", "inline", "csv", header, null, null, csv(rows));
  }

  /** A confusion matrix: {@code counts[actual][predicted]}, classes in the order of {@code labels}. */
  public static Output confusionMatrix(List<String> labels, long[][] counts) {
    List<List<?>> rows = new ArrayList<>();
    for (int actual = 0; actual < labels.size(); actual++) {
      for (int predicted = 0; predicted < labels.size(); predicted++) {
        rows.add(List.of(labels.get(actual), labels.get(predicted), counts[actual][predicted]));
      }
    }
    return new Output("confusion_matrix", "inline", "csv", null,
        List.of(column("target", "CATEGORY"), column("predicted", "CATEGORY"), column("count", "NUMBER")),
        labels, csv(rows));
  }

  /** A ROC curve: one row of false positive rate, true positive rate and threshold per point. */
  public static Output roc(List<List<?>> points) {
    return new Output("roc", "inline", "csv", null,
        List.of(column("fpr", "NUMBER"), column("tpr", "NUMBER"), column("thresholds", "NUMBER")), null, csv(points));
  }

  /** Writes the JSON file. */
  public void write(Path file) throws IOException {
    new ObjectMapper().writeValue(file.toFile(), this);
  }

  private static Column column(String name, String type) {
    return new Column(name, type);
  }

  private static String csv(List<List<?>> rows) {
    StringBuilder out = new StringBuilder();
    for (List<?> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        out.append(i == 0 ? "" : ",").append(row.get(i));
      }
      out.append('\n');
    }
    return out.toString();
  }
}

package io.kfp4j.runtime.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of KFP's {@code mlpipeline-ui-metadata}, each kind drawn by KFP 1.8's UI (and {@code kfp4j ui}) on the
 * task's page. Every kind but {@link Tensorboard} carries its data inline ({@code "storage": "inline"}), so it shows
 * the same on a cluster and on this machine.
 */
public sealed interface Visualization {

  /** The entry as KFP's JSON object, keys in KFP's documented order. */
  Map<String, Object> toJsonObject();

  /**
   * Markdown text: {@code {"type": "markdown", "storage": "inline", "source": "# Title"}}.
   *
   * @param text the markdown
   */
  record Markdown(String text) implements Visualization {
    public Markdown {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public Map<String, Object> toJsonObject() {
      return MetadataJson.object("type", "markdown", "storage", "inline", "source", text);
    }
  }

  /**
   * A table: a title per column and rows of cells, written as inline CSV ({@code "type": "table", "format":
   * "csv"}); cells are written with {@code String.valueOf}, quoted where CSV needs it.
   *
   * @param header the column titles
   * @param rows the rows, each as long as {@code header}
   */
  record Table(List<String> header, List<List<Object>> rows) implements Visualization {
    /** @throws IllegalArgumentException when a row's length differs from the header's */
    public Table {
      header = List.copyOf(header);
      List<List<Object>> copied = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        List<Object> row = List.copyOf(rows.get(i));
        if (row.size() != header.size()) {
          throw new IllegalArgumentException("table row " + i + " has " + row.size() + " cells but the header has "
              + header.size() + " columns " + header + "; give every row one cell per column");
        }
        copied.add(row);
      }
      rows = List.copyOf(copied);
    }

    /** A table of any rows ({@code List<List<Double>>} too). @throws IllegalArgumentException as the constructor */
    public static Table of(List<String> header, List<? extends List<?>> rows) {
      List<List<Object>> copied = new ArrayList<>();
      rows.forEach(row -> copied.add(new ArrayList<>(row)));
      return new Table(header, copied);
    }

    @Override
    public Map<String, Object> toJsonObject() {
      return MetadataJson.object("type", "table", "storage", "inline", "format", "csv", "header", header,
          "source", Csv.write(rows));
    }
  }

  /**
   * A confusion matrix: {@code counts.get(actual).get(predicted)}, classes in the order of {@code labels}; written as
   * KFP's inline CSV of target, predicted and count.
   *
   * @param labels the classes
   * @param counts a square matrix, one row and one column per label
   */
  record ConfusionMatrix(List<String> labels, List<List<Long>> counts) implements Visualization {
    /** @throws IllegalArgumentException when the matrix is not square with one row and column per label */
    public ConfusionMatrix {
      labels = List.copyOf(labels);
      List<List<Long>> copied = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        copied.add(List.copyOf(counts.get(i)));
        if (copied.get(i).size() != labels.size()) {
          throw new IllegalArgumentException("confusion matrix row " + i + " has " + copied.get(i).size()
              + " counts; it needs one per label " + labels);
        }
      }
      if (copied.size() != labels.size()) {
        throw new IllegalArgumentException("the confusion matrix has " + copied.size() + " rows; it needs one per"
            + " label " + labels);
      }
      counts = List.copyOf(copied);
    }

    /** From a {@code long[actual][predicted]} array. */
    public static ConfusionMatrix of(List<String> labels, long[][] counts) {
      List<List<Long>> rows = new ArrayList<>();
      for (long[] row : counts) {
        rows.add(java.util.Arrays.stream(row).boxed().toList());
      }
      return new ConfusionMatrix(labels, rows);
    }

    @Override
    public Map<String, Object> toJsonObject() {
      List<List<Object>> rows = new ArrayList<>();
      for (int actual = 0; actual < labels.size(); actual++) {
        for (int predicted = 0; predicted < labels.size(); predicted++) {
          rows.add(List.of(labels.get(actual), labels.get(predicted), counts.get(actual).get(predicted)));
        }
      }
      return MetadataJson.object("type", "confusion_matrix", "storage", "inline", "format", "csv",
          "schema", List.of(column("target", "CATEGORY"), column("predicted", "CATEGORY"), column("count", "NUMBER")),
          "labels", labels, "source", Csv.write(rows));
    }
  }

  /**
   * A ROC curve: one point per threshold, written as KFP's inline CSV of fpr, tpr and thresholds.
   *
   * @param points the points, in the order drawn
   */
  record Roc(List<Point> points) implements Visualization {
    public Roc {
      points = List.copyOf(points);
    }

    /**
     * One point of the curve.
     *
     * @param falsePositiveRate from 0 to 1
     * @param truePositiveRate from 0 to 1
     * @param threshold the score threshold that gives it
     */
    public record Point(double falsePositiveRate, double truePositiveRate, double threshold) {
      /** @throws IllegalArgumentException when a rate is not from 0 to 1 */
      public Point {
        for (double rate : new double[] {falsePositiveRate, truePositiveRate}) {
          if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException("a ROC point's rates are from 0 to 1; found " + rate + " in ("
                + falsePositiveRate + ", " + truePositiveRate + ")");
          }
        }
      }
    }

    @Override
    public Map<String, Object> toJsonObject() {
      List<List<Object>> rows = new ArrayList<>();
      for (Point p : points) {
        rows.add(List.of(p.falsePositiveRate(), p.truePositiveRate(), p.threshold()));
      }
      return MetadataJson.object("type", "roc", "storage", "inline", "format", "csv",
          "schema", List.of(column("fpr", "NUMBER"), column("tpr", "NUMBER"), column("thresholds", "NUMBER")),
          "source", Csv.write(rows));
    }
  }

  /**
   * A static HTML page, shown in a sandboxed frame: {@code {"type": "web-app", "storage": "inline", "source":
   * "<h1>..."}}.
   *
   * @param html the page
   */
  record WebApp(String html) implements Visualization {
    public WebApp {
      Objects.requireNonNull(html, "html");
    }

    @Override
    public Map<String, Object> toJsonObject() {
      return MetadataJson.object("type", "web-app", "storage", "inline", "source", html);
    }
  }

  /**
   * A link to Tensorboard over a log folder: {@code {"type": "tensorboard", "source": "gs://bucket/logs"}}. KFP's UI
   * starts a Tensorboard over it on the cluster; {@code kfp4j ui} shows the folder and the command that opens it here.
   *
   * @param logDir the folder of Tensorboard's logs, a URI KFP's cluster can read ({@code gs://}, {@code s3://},
   *     {@code minio://}) or a local path
   */
  record Tensorboard(String logDir) implements Visualization {
    public Tensorboard {
      Objects.requireNonNull(logDir, "logDir");
      if (logDir.isBlank()) {
        throw new IllegalArgumentException("a Tensorboard needs the folder of its logs, such as gs://bucket/logs");
      }
    }

    @Override
    public Map<String, Object> toJsonObject() {
      return MetadataJson.object("type", "tensorboard", "source", logDir);
    }
  }

  private static Map<String, Object> column(String name, String type) {
    return MetadataJson.object("name", name, "type", type);
  }
}

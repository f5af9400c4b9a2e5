package io.kfp4j.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of visualization as KFP 1.8's UI reads it, and what it refuses. */
class UiMetadataTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> outputs(UiMetadata ui) throws Exception {
    Map<String, Object> root = JSON.readValue(ui.toJson(), Map.class);
    assertEquals(1, root.get("version"));
    return (List<Map<String, Object>>) root.get("outputs");
  }

  @Test
  void everyKindWritesKfpsFields() throws Exception {
    UiMetadata ui = new UiMetadata()
        .markdown("# Title")
        .table(List.of("name", "note"), List.of(List.of("a", "x, \"y\""), List.of("b", 2)))
        .confusionMatrix(List.of("cat", "dog"), new long[][] {{5, 1}, {2, 7}})
        .roc(List.of(new Visualization.Roc.Point(0, 0, 1), new Visualization.Roc.Point(0.5, 0.75, 0.4)))
        .webApp("<h1>hi</h1>")
        .tensorboard("gs://bucket/logs");
    List<Map<String, Object>> outputs = outputs(ui);
    assertEquals(Map.of("type", "markdown", "storage", "inline", "source", "# Title"), outputs.get(0));
    assertEquals(Map.of("type", "table", "storage", "inline", "format", "csv", "header", List.of("name", "note"),
        "source", "a,\"x, \"\"y\"\"\"\nb,2\n"), outputs.get(1));
    assertEquals(Map.of("type", "confusion_matrix", "storage", "inline", "format", "csv",
        "schema", List.of(Map.of("name", "target", "type", "CATEGORY"), Map.of("name", "predicted", "type", "CATEGORY"),
            Map.of("name", "count", "type", "NUMBER")),
        "labels", List.of("cat", "dog"), "source", "cat,cat,5\ncat,dog,1\ndog,cat,2\ndog,dog,7\n"), outputs.get(2));
    assertEquals(Map.of("type", "roc", "storage", "inline", "format", "csv",
        "schema", List.of(Map.of("name", "fpr", "type", "NUMBER"), Map.of("name", "tpr", "type", "NUMBER"),
            Map.of("name", "thresholds", "type", "NUMBER")),
        "source", "0.0,0.0,1.0\n0.5,0.75,0.4\n"), outputs.get(3));
    assertEquals(Map.of("type", "web-app", "storage", "inline", "source", "<h1>hi</h1>"), outputs.get(4));
    assertEquals(Map.of("type", "tensorboard", "source", "gs://bucket/logs"), outputs.get(5));
    assertEquals(6, ui.list().size());
  }

  @Test
  void writesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ui.json");
    new UiMetadata().markdown("x").writeTo(file);
    assertEquals("{\"version\":1,\"outputs\":[{\"type\":\"markdown\",\"storage\":\"inline\",\"source\":\"x\"}]}",
        Files.readString(file));
  }

  @Test
  void aTableOfTypedRows() throws Exception {
    List<List<Double>> rows = List.of(List.of(0.5, 0.91), List.of(0.7, 0.95));
    assertEquals("0.5,0.91\n0.7,0.95\n", outputs(new UiMetadata().table(List.of("t", "p"), rows)).get(0).get("source"));
  }

  @Test
  void aTableRowOfTheWrongLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UiMetadata().table(List.of("a", "b"), List.of(List.of(1, 2), List.of(3))));
    assertEquals("table row 1 has 1 cells but the header has 2 columns [a, b]; give every row one cell per column",
        e.getMessage());
  }

  @Test
  void aConfusionMatrixThatIsNotSquare() {
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> new UiMetadata().confusionMatrix(List.of("a", "b"), new long[][] {{1, 2}, {3}}));
    assertEquals("confusion matrix row 1 has 1 counts; it needs one per label [a, b]", row.getMessage());
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> new UiMetadata().confusionMatrix(List.of("a", "b"), new long[][] {{1, 2}}));
    assertEquals("the confusion matrix has 1 rows; it needs one per label [a, b]", rows.getMessage());
  }

  @Test
  void aRocRateOutsideZeroToOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Visualization.Roc.Point(0.2, 1.5, 0.3));
    assertEquals("a ROC point's rates are from 0 to 1; found 1.5 in (0.2, 1.5)", e.getMessage());
  }

  @Test
  void aTensorboardWithoutLogs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UiMetadata().tensorboard(" "));
    assertEquals("a Tensorboard needs the folder of its logs, such as gs://bucket/logs", e.getMessage());
  }
}

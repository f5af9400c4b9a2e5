package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.CM_SCHEMA;
import static io.kfp4j.ui.internal.viz.TestHtml.NO_FILES;
import static io.kfp4j.ui.internal.viz.TestHtml.ROC_SCHEMA;
import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.errors;
import static io.kfp4j.ui.internal.viz.TestHtml.metadata;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static io.kfp4j.ui.internal.viz.TestHtml.sections;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every kind of bad input becomes a visible viz-error naming the entry, the field and the fix; nothing throws. */
class BadInputTest {

  private static final Map<String, Object> GOOD_MARKDOWN = entry("type", "markdown", "storage", "inline",
      "source", "still *here*");

  /** The one error of a section, checked to start with {@code where: field:}. */
  private static String error(Element section, String where, String field) {
    List<String> errors = errors(section);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith(where + ": " + field + ": "), errors.get(0));
    assertEquals(field, section.selectFirst("div.viz-error").attr("data-field"));
    return errors.get(0);
  }

  private static void assertContains(String text, String... parts) {
    for (String part : parts) {
      assertTrue(text.contains(part), () -> "expected \"" + part + "\" in: " + text);
    }
  }

  private static Element matrix(Object labels, String csv) {
    return only(entry("type", "confusion_matrix", "storage", "inline", "format", "csv", "schema", CM_SCHEMA,
        "labels", labels, "source", csv));
  }

  private static Element roc(Object schema, String csv) {
    return only(entry("type", "roc", "storage", "inline", "format", "csv", "schema", schema, "source", csv));
  }

  private static Element table(String csv) {
    return only(entry("type", "table", "storage", "inline", "format", "csv", "header", List.of("a", "b"),
        "source", csv));
  }

  // the file as a whole

  @Test
  void invalidJson() {
    List<Element> sections = sections("{\"outputs\": [", NO_FILES);

    assertEquals(1, sections.size());
    assertEquals("viz viz-ui-metadata", sections.get(0).className());
    assertContains(error(sections.get(0), "mlpipeline-ui-metadata", "file"), "not valid JSON at line 1",
        "expected a JSON object {\"version\": 1, \"outputs\": [");
  }

  @Test
  void emptyFile() {
    assertContains(error(sections("  \n", NO_FILES).get(0), "mlpipeline-ui-metadata", "file"), "is empty");
  }

  @Test
  void nullFileAndNullReader() {
    assertContains(error(sections(null, null).get(0), "mlpipeline-ui-metadata", "file"), "is empty");
  }

  @Test
  void jsonThatIsNotAnObject() {
    assertContains(error(sections("[1, 2]", NO_FILES).get(0), "mlpipeline-ui-metadata", "file"),
        "is a JSON list; expected a JSON object");
  }

  @Test
  void outputsMissing() {
    assertContains(error(sections("{\"version\": 1}", NO_FILES).get(0), "mlpipeline-ui-metadata", "outputs"),
        "missing; expected a list of visualizations");
  }

  @Test
  void outputsNotAList() {
    assertContains(error(sections("{\"outputs\": {\"type\": \"markdown\"}}", NO_FILES).get(0),
        "mlpipeline-ui-metadata", "outputs"), "is an object; expected a list");
  }

  // one entry

  @Test
  void entryNotAnObjectLeavesTheOthers() {
    List<Element> sections = sections(TestHtml.json(Map.of("outputs", List.of("markdown", GOOD_MARKDOWN))), NO_FILES);

    assertEquals(2, sections.size());
    assertEquals("viz viz-invalid", sections.get(0).className());
    assertContains(error(sections.get(0), "outputs[0]", "entry"), "is a string; expected an object");
    assertEquals("here", sections.get(1).selectFirst("em").text());
  }

  @Test
  void unknownTypeIsNamedAndTheOthersStillRender() {
    List<Element> sections = sections(metadata(GOOD_MARKDOWN, entry("type", "<b>pie</b>", "source", "x"),
        GOOD_MARKDOWN), NO_FILES);

    assertEquals(3, sections.size());
    assertContains(error(sections.get(1), "outputs[1] (<b>pie</b>)", "type"), "unknown type \"<b>pie</b>\"",
        "expected one of markdown, table, confusion_matrix, roc, web-app, tensorboard");
    assertTrue(sections.get(1).select("b").isEmpty());
    assertEquals("here", sections.get(0).selectFirst("em").text());
    assertEquals("here", sections.get(2).selectFirst("em").text());
  }

  @Test
  void missingType() {
    assertContains(error(only(entry("source", "x")), "outputs[0]", "type"), "missing; expected one of");
  }

  @Test
  void missingSource() {
    Element section = only(entry("type", "markdown", "storage", "inline"));

    assertEquals("viz viz-markdown", section.className());
    assertContains(error(section, "outputs[0] (markdown)", "source"), "missing",
        "\"storage\": \"inline\"");
  }

  @Test
  void unreadableSourceIsNamedAndTheOthersStillRender() {
    List<Element> sections = sections(metadata(GOOD_MARKDOWN, GOOD_MARKDOWN,
        entry("type", "roc", "schema", ROC_SCHEMA, "source", "minio://bucket/roc.csv")), NO_FILES);

    assertContains(error(sections.get(2), "outputs[2] (roc)", "source"), "cannot read \"minio://bucket/roc.csv\"",
        "no file minio://bucket/roc.csv", "expected a file among the run's outputs");
    assertTrue(sections.get(2).select("svg").isEmpty());
    assertEquals("here", sections.get(1).selectFirst("em").text());
  }

  @Test
  void readerThatFailsUnexpectedly() {
    List<Element> sections = sections(metadata(entry("type", "markdown", "source", "../../etc/passwd")), source -> {
      throw new SecurityException("outside the run store");
    });

    assertContains(error(sections.get(0), "outputs[0] (markdown)", "source"), "outside the run store");
  }

  @Test
  void noReaderForAFileSource() {
    assertContains(error(sections(metadata(entry("type", "markdown", "source", "a.md")), null).get(0),
        "outputs[0] (markdown)", "source"), "cannot read \"a.md\": no files can be read here");
  }

  @Test
  void readerThatGivesNothing() {
    assertContains(error(sections(metadata(entry("type", "web-app", "source", "a.html")), s -> null).get(0),
        "outputs[0] (web-app)", "source"), "gave nothing");
  }

  @Test
  void fieldOfTheWrongShape() {
    Element section = only(entry("type", "table", "storage", "inline", "format", "csv", "header", "a,b",
        "source", "1,2"));

    assertEquals("viz viz-table", section.className());
    assertContains(error(section, "outputs[0] (table)", "header"), "is a string; expected a list of strings");
  }

  @Test
  void schemaItemWithoutName() {
    assertContains(error(roc(List.of(Map.of("type", "NUMBER")), "0,0,0"), "outputs[0] (roc)", "schema"),
        "item 0 has no string \"name\"");
  }

  // table

  @Test
  void tableWithoutHeader() {
    assertContains(error(only(entry("type", "table", "storage", "inline", "format", "csv", "source", "1")),
        "outputs[0] (table)", "header"), "missing or empty; expected the list of column names");
  }

  @Test
  void tableOfAnotherFormat() {
    assertContains(error(only(entry("type", "table", "storage", "inline", "format", "tsv", "header", List.of("a"),
        "source", "1")), "outputs[0] (table)", "format"), "\"tsv\" is not supported; expected \"csv\"");
  }

  @Test
  void tableWithRaggedRowsShowsThemAndSaysSo() {
    Element section = table("1,2\n3\n4,5,6\n7,8");

    assertContains(error(section, "outputs[0] (table)", "source"), "rows 2, 3 (of 4) do not have 2 values",
        "expected 2 comma-separated values on every row");
    assertEquals(List.of(List.of("1", "2"), List.of("3"), List.of("4", "5", "6"), List.of("7", "8")),
        TestHtml.bodyRows(section.selectFirst("table")));
  }

  @Test
  void tableThatIsNotCsv() {
    Element section = table("1,2\n\"3,4\n");

    assertContains(error(section, "outputs[0] (table)", "source"), "not valid CSV at line 2", "quoted");
    assertTrue(section.select("table").isEmpty());
  }

  // confusion matrix

  @Test
  void confusionMatrixWithNonNumericCount() {
    Element section = matrix(List.of("a", "b"), "a,a,1\na,b,many\nb,a,0\nb,b,2");

    assertContains(error(section, "outputs[0] (confusion_matrix)", "source"),
        "row 2 has count \"many\"; expected a number of 0 or more");
    assertTrue(section.select("table").isEmpty());
  }

  @Test
  void confusionMatrixWithNegativeCount() {
    assertContains(error(matrix(List.of("a"), "a,a,-3"), "outputs[0] (confusion_matrix)", "source"),
        "row 1 has count \"-3\"");
  }

  @Test
  void confusionMatrixRowWithUnknownLabel() {
    assertContains(error(matrix(List.of("a"), "a,a,1\nz,a,1"), "outputs[0] (confusion_matrix)", "source"),
        "row 2 names target \"z\", which is not in labels; expected one of a");
  }

  @Test
  void confusionMatrixMissingAPair() {
    assertContains(error(matrix(List.of("a", "b"), "a,a,1\na,b,1\nb,b,1"), "outputs[0] (confusion_matrix)",
        "source"), "has no row for target \"b\", predicted \"a\"",
        "expected one target,predicted,count row for every pair of labels");
  }

  @Test
  void confusionMatrixRepeatingAPair() {
    assertContains(error(matrix(List.of("a"), "a,a,1\na,a,2"), "outputs[0] (confusion_matrix)", "source"),
        "row 2 repeats target \"a\", predicted \"a\"");
  }

  @Test
  void confusionMatrixShortRow() {
    assertContains(error(matrix(List.of("a"), "a,a"), "outputs[0] (confusion_matrix)", "source"),
        "row 1 has 2 values; expected target,predicted,count");
  }

  @Test
  void confusionMatrixWithoutLabels() {
    assertContains(error(only(entry("type", "confusion_matrix", "storage", "inline", "schema", CM_SCHEMA,
        "source", "a,a,1")), "outputs[0] (confusion_matrix)", "labels"), "missing or empty");
  }

  @Test
  void confusionMatrixWithoutSchema() {
    assertContains(error(only(entry("type", "confusion_matrix", "storage", "inline", "labels", List.of("a"),
        "source", "a,a,1")), "outputs[0] (confusion_matrix)", "schema"), "missing; expected [{\"name\": \"target\"");
  }

  @Test
  void confusionMatrixListsAFewProblemsAndCountsTheRest() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      csv.append("x").append(i).append(",a,1\n");
    }
    List<String> errors = errors(matrix(List.of("a"), csv.toString()));

    assertEquals(6, errors.size());
    assertTrue(errors.get(0).contains("row 1 names target \"x0\""), errors.get(0));
    assertTrue(errors.get(5).contains("7 more problems"), errors.get(5));
  }

  // ROC

  @Test
  void rocWithNonNumericFpr() {
    Element section = roc(ROC_SCHEMA, "0,0,1\nhalf,0.5,0.5\n1,1,0");

    assertContains(error(section, "outputs[0] (roc)", "source"),
        "row 2 has fpr \"half\"; expected a number from 0 to 1");
    assertTrue(section.select("svg").isEmpty());
  }

  @Test
  void rocWithNonNumericTpr() {
    assertContains(error(roc(ROC_SCHEMA, "0,NaN,1"), "outputs[0] (roc)", "source"), "row 1 has tpr \"NaN\"");
  }

  @Test
  void rocSchemaWithoutTpr() {
    assertContains(error(roc(List.of(Map.of("name", "fpr"), Map.of("name", "thresholds")), "0,1"),
        "outputs[0] (roc)", "schema"), "has no column named \"tpr\"");
  }

  @Test
  void rocShortRow() {
    assertContains(error(roc(ROC_SCHEMA, "0,0,1\n0.5"), "outputs[0] (roc)", "source"),
        "row 2 has 1 value; expected 3");
  }

  @Test
  void rocWithoutRows() {
    assertContains(error(roc(ROC_SCHEMA, " \n"), "outputs[0] (roc)", "source"), "has no rows");
  }

  @Test
  void rocOutsideZeroToOneIsDrawnAtTheEdgeAndReported() {
    Element section = roc(ROC_SCHEMA, "-0.5,0,1\n1,1.5,0");

    assertContains(error(section, "outputs[0] (roc)", "source"), "2 of 2 points lie outside 0..1");
    assertEquals("48,312 348,12", section.selectFirst("polyline.roc-curve").attr("points"));
  }

  // other types

  @Test
  void tensorboardWithoutLogDir() {
    assertContains(error(only(entry("type", "tensorboard")), "outputs[0] (tensorboard)", "source"),
        "missing; expected the log directory");
  }

  // metrics

  @Test
  void metricsInvalidJson() {
    Element section = TestHtml.reparse(Visualizations.metrics("{\"metrics\": [1,]}"));

    assertEquals("viz viz-metrics", section.className());
    assertContains(error(section, "mlpipeline-metrics", "file"), "not valid JSON at line 1");
  }

  @Test
  void metricsNotAList() {
    assertContains(error(TestHtml.reparse(Visualizations.metrics("{\"metrics\": 0.9}")), "mlpipeline-metrics",
        "metrics"), "is a number; expected a list");
  }

  @Test
  void metricWithNonNumericValueLeavesTheOthers() {
    Element section = TestHtml.reparse(Visualizations.metrics(
        "{\"metrics\": [{\"name\": \"a\", \"numberValue\": \"high\"}, {\"name\": \"b\", \"numberValue\": 2}]}"));

    assertContains(error(section, "mlpipeline-metrics metrics[0]", "numberValue"),
        "is string \"high\" for \"a\"; expected a number");
    assertEquals(List.of(List.of("b", "2.000")), TestHtml.bodyRows(section.selectFirst("table.viz-metrics")));
  }

  @Test
  void metricWithUnknownFormat() {
    assertContains(error(TestHtml.reparse(Visualizations.metrics(
        "{\"metrics\": [{\"name\": \"a\", \"numberValue\": 1, \"format\": \"PERCENT\"}]}")),
        "mlpipeline-metrics metrics[0]", "format"), "\"PERCENT\" for \"a\" is not a format");
  }

  @Test
  void metricWithoutName() {
    assertContains(error(TestHtml.reparse(Visualizations.metrics("{\"metrics\": [{\"numberValue\": 1}]}")),
        "mlpipeline-metrics metrics[0]", "name"), "missing; expected the metric's name");
  }

  // previews

  @Test
  void csvPreviewOfTextThatIsNotCsvShowsTheText() {
    Element section = TestHtml.reparse(Visualizations.csvPreview("a,b\n\"unclosed,1\n", 10));

    assertContains(error(section, "CSV preview", "file"), "not valid CSV at line 2");
    assertEquals("a,b\n\"unclosed,1\n", section.selectFirst("pre").wholeText());
  }

  @Test
  void csvPreviewWithRaggedRows() {
    Element section = TestHtml.reparse(Visualizations.csvPreview("a,b\n1\n2,3", 10));

    assertContains(error(section, "CSV preview", "file"), "row 2 (of 3) does not have 2 values");
    assertNotNull(section.selectFirst("table"));
  }
}

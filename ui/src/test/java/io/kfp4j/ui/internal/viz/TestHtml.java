package io.kfp4j.ui.internal.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Test helpers: metadata JSON built with Jackson, and rendered elements serialized and parsed back. */
final class TestHtml {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final List<Map<String, String>> CM_SCHEMA = List.of(
      Map.of("name", "target", "type", "CATEGORY"),
      Map.of("name", "predicted", "type", "CATEGORY"),
      Map.of("name", "count", "type", "NUMBER"));

  static final List<Map<String, String>> ROC_SCHEMA = List.of(
      Map.of("name", "fpr", "type", "NUMBER"),
      Map.of("name", "tpr", "type", "NUMBER"),
      Map.of("name", "thresholds", "type", "NUMBER"));

  /** A reader that fails for every source. */
  static final SourceReader NO_FILES = source -> {
    throw new IOException("no file " + source);
  };

  private TestHtml() {}

  /** An output entry: alternating keys and values. */
  static Map<String, Object> entry(Object... keysAndValues) {
    Map<String, Object> entry = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      entry.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return entry;
  }

  /** {@code {"version": 1, "outputs": [entries]}}. */
  @SafeVarargs
  static String metadata(Map<String, Object>... entries) {
    return json(Map.of("version", 1, "outputs", List.of(entries)));
  }

  static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The element serialized to HTML and parsed again, as a browser would receive it. */
  static Element reparse(Element element) {
    Elements children = Jsoup.parseBodyFragment(element.outerHtml()).body().children();
    assertEquals(1, children.size(), "one top-level element");
    return children.first();
  }

  /** Renders the metadata with {@code sources} and returns the sections parsed back. */
  static List<Element> sections(String json, SourceReader sources) {
    return Visualizations.uiMetadata(json, sources).stream().map(TestHtml::reparse).toList();
  }

  /** The single section of a one-entry metadata file with inline content. */
  static Element only(Map<String, Object> entry) {
    List<Element> sections = sections(metadata(entry), NO_FILES);
    assertEquals(1, sections.size());
    return sections.get(0);
  }

  /** The texts of the section's {@code viz-error} blocks. */
  static List<String> errors(Element section) {
    return section.select("div.viz-error").eachText();
  }

  /** The texts of each body row's cells. */
  static List<List<String>> bodyRows(Element table) {
    return table.select("tbody > tr").stream().map(tr -> tr.select("td").eachText()).toList();
  }
}

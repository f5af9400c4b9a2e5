package io.kfp4j.ui.internal.viz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * What KFP 1.8's UI draws for a task's outputs, as jsoup elements ready to join a page.
 *
 * <p>Every method returns {@code <section class="viz viz-KIND">} elements with a heading. None throws: a problem
 * with the input becomes a {@code <div class="viz-error">} in the section, naming the entry, the field, and what
 * is expected; whatever else can be drawn still is.
 */
public final class Visualizations {

  private Visualizations() {}

  /**
   * One section per entry of an {@code mlpipeline-ui-metadata} file (KFP v1: {@code {"version": 1, "outputs":
   * [...]}}), or a single section holding the error when the file as a whole is unusable.
   *
   * @param json the file's text
   * @param sources reads the {@code source} of entries that are not {@code "inline"}
   */
  public static List<Element> uiMetadata(String json, SourceReader sources) {
    return uiMetadata(json, sources, null);
  }

  /**
   * As {@link #uiMetadata(String, SourceReader)}, with each {@code web-app} frame loading its page from
   * {@code webAppSrc} (given the entry's index, see {@link #webApp}) instead of holding it in {@code srcdoc}.
   */
  public static List<Element> uiMetadata(String json, SourceReader sources, IntFunction<String> webAppSrc) {
    UiMetadata metadata;
    try {
      metadata = UiMetadata.parse(json);
    } catch (InvalidInput e) {
      return List.of(failed("ui-metadata", "Visualizations", "mlpipeline-ui-metadata", e.problems()));
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(failed("ui-metadata", "Visualizations", "mlpipeline-ui-metadata", List.of(internal(e))));
    }
    SourceReader reader = sources != null ? sources : source -> {
      throw new IOException("no files can be read here");
    };
    List<Element> sections = new ArrayList<>();
    for (UiMetadata.Entry entry : metadata.outputs()) {
      sections.add(OutputView.render(entry, reader, webAppSrc));
    }
    return sections;
  }

  /**
   * An {@code mlpipeline-metrics} file ({@code {"metrics": [{"name", "numberValue", "format"}]}}) as a section
   * holding a {@code <table class="viz-metrics">} of names and values.
   */
  public static Element metrics(String json) {
    Element section = Html.section("metrics", "Metrics");
    try {
      MetricsView.render(json, section);
    } catch (InvalidInput e) {
      e.problems().forEach(p -> section.appendChild(Html.error(MetricsView.WHERE, p)));
    } catch (RuntimeException | StackOverflowError e) {
      section.appendChild(Html.error(MetricsView.WHERE, internal(e)));
    }
    return section;
  }

  /**
   * The first {@code maxRows} rows (at most 1000) of a CSV file under its first row as the header, with a note
   * {@code showing N of M rows} when cut; text that is not CSV is shown as text.
   */
  public static Element csvPreview(String text, int maxRows) {
    Element section = Html.section("csv", "CSV preview");
    try {
      CsvPreview.render(text == null ? "" : text, maxRows, section);
    } catch (RuntimeException | StackOverflowError e) {
      section.appendChild(Html.error(CsvPreview.WHERE, internal(e)));
    }
    return section;
  }

  /**
   * The first {@code maxChars} characters (at most 1,000,000) of a text file in a {@code <pre>}, with a note
   * {@code showing N of M characters} when cut.
   */
  public static Element textPreview(String text, int maxChars) {
    Element section = Html.section("text", "Text preview");
    TextPreview.body(text == null ? "" : text, maxChars).forEach(section::appendChild);
    return section;
  }

  /**
   * The HTML of the {@code web-app} entry at {@code index} of an {@code mlpipeline-ui-metadata} file, or empty when
   * there is no such entry or it cannot be shown (its section on the page says why).
   */
  public static Optional<String> webApp(String json, int index, SourceReader sources) {
    try {
      UiMetadata metadata = UiMetadata.parse(json);
      if (index < 0 || index >= metadata.outputs().size()
          || !(metadata.outputs().get(index) instanceof UiMetadata.Output output)
          || output.type() != OutputType.WEB_APP) {
        return Optional.empty();
      }
      String html = Content.of(output, sources).get();
      return html.length() > WebAppView.MAX_CHARS ? Optional.empty() : Optional.of(html);
    } catch (InvalidInput | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  /** The problem reported for a failure of kfp4j itself. */
  static Problem internal(Throwable e) {
    return new Problem("file", "could not be drawn (" + e.getClass().getSimpleName() + ": "
        + Json.shorten(String.valueOf(e.getMessage())) + "); this is a bug in kfp4j, please report it");
  }

  private static Element failed(String kind, String title, String where, List<Problem> problems) {
    Element section = Html.section(kind, title);
    problems.forEach(p -> section.appendChild(Html.error(where, p)));
    return section;
  }

  /**
   * The metrics of an {@code mlpipeline-metrics} file, name to value as KFP shows it ({@code 80.000%}), for
   * comparing runs; metrics that cannot be read are left out (the run's page shows why).
   */
  public static java.util.Map<String, String> metricValues(String json) {
    return MetricsView.values(json);
  }
}

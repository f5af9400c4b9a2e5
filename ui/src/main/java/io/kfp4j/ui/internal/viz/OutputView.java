package io.kfp4j.ui.internal.viz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/** One entry of {@code mlpipeline-ui-metadata} as a titled section: its drawing, or what is wrong with it. */
final class OutputView {

  private OutputView() {}

  static Element render(UiMetadata.Entry entry, SourceReader sources, IntFunction<String> webAppSrc) {
    if (entry instanceof UiMetadata.Invalid invalid) {
      Element section = invalid.type().map(t -> Html.section(t.cssKind(), t.title()))
          .orElseGet(() -> Html.section("invalid", "Visualization"));
      return located(section, entry).appendChild(Html.error(entry.where(), invalid.problem()));
    }
    UiMetadata.Output output = (UiMetadata.Output) entry;
    Element section = located(Html.section(output.type().cssKind(), output.type().title()), entry);
    List<Problem> warnings = new ArrayList<>();
    try {
      List<Element> body = body(output, Content.of(output, sources), warnings, webAppSrc);
      warnings.forEach(w -> section.appendChild(Html.error(entry.where(), w)));
      body.forEach(section::appendChild);
    } catch (InvalidInput e) {
      e.problems().forEach(p -> section.appendChild(Html.error(entry.where(), p)));
    } catch (RuntimeException | StackOverflowError e) {
      section.appendChild(Html.error(entry.where(), Visualizations.internal(e)));
    }
    return section;
  }

  private static List<Element> body(UiMetadata.Output output, Content content, List<Problem> warnings,
      IntFunction<String> webAppSrc) throws InvalidInput {
    return switch (output.type()) {
      case MARKDOWN -> MarkdownView.render(content.get());
      case TABLE -> TableView.render(output, content, warnings);
      case CONFUSION_MATRIX -> ConfusionMatrixView.render(output, content);
      case ROC -> RocCurveView.render(output, content, warnings);
      case WEB_APP -> WebAppView.render(content, webAppSrc == null ? null : webAppSrc.apply(output.index()));
      case TENSORBOARD -> TensorboardView.render(output);
    };
  }

  private static Element located(Element section, UiMetadata.Entry entry) {
    return section.attr("data-entry", "outputs[" + entry.index() + "]");
  }
}

package io.kfp4j.ui.internal.viz;

import java.io.IOException;

/** The content of an output entry, read only once its view has checked the entry's other fields. */
@FunctionalInterface
interface Content {

  String get() throws InvalidInput;

  /** The entry's {@code source} itself when inline, else the text {@code sources} reads there. */
  static Content of(UiMetadata.Output output, SourceReader sources) {
    return () -> {
      String source = output.source();
      if (source == null) {
        throw new InvalidInput("source", "missing; expected the content itself with \"storage\": \"inline\","
            + " or the path of the file holding it");
      }
      if (output.inline()) {
        return source;
      }
      String text;
      try {
        text = sources.read(source);
      } catch (IOException | RuntimeException e) {
        throw new InvalidInput("source", "cannot read \"" + Json.shorten(source) + "\": " + Json.shorten(
            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
            + "; expected a file among the run's outputs, or \"storage\": \"inline\" with the content in source");
      }
      if (text == null) {
        throw new InvalidInput("source", "reading \"" + Json.shorten(source) + "\" gave nothing; expected its text");
      }
      return text;
    };
  }
}

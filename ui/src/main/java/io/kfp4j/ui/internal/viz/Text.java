package io.kfp4j.ui.internal.viz;

/** Cutting text without splitting a character. */
final class Text {

  private Text() {}

  /** The first {@code max} chars of {@code text}, one fewer when that would split a surrogate pair. */
  static String head(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = Math.max(0, max);
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}

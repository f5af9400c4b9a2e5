package io.kfp4j.processor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a method's javadoc that KFP cares about: the first sentence (the component's description),
 * {@code @param} texts (input and output descriptions) and {@code @return} (the output's description).
 *
 * @param body the text before the block tags, trimmed
 * @param params parameter name to its description
 * @param returns the {@code @return} text, or {@code null}
 */
record Javadoc(String body, Map<String, String> params, String returns) {

  static final Javadoc NONE = new Javadoc("", Map.of(), null);

  /** Parses a doc comment as {@code Elements.getDocComment} returns it ({@code null} for none). */
  static Javadoc parse(String comment) {
    if (comment == null || comment.isBlank()) {
      return NONE;
    }
    StringBuilder body = new StringBuilder();
    Map<String, String> params = new LinkedHashMap<>();
    String returns = null;
    String tag = null;
    String param = null;
    StringBuilder tagText = new StringBuilder();
    for (String raw : (comment + "\n@end").split("\n")) {
      String line = raw.strip();
      if (line.startsWith("@")) {
        if ("param".equals(tag) && param != null) {
          params.put(param, clean(tagText.toString()));
        } else if ("return".equals(tag)) {
          returns = clean(tagText.toString());
        }
        String[] parts = line.split("\\s+", 3);
        tag = parts[0].substring(1);
        param = tag.equals("param") && parts.length > 1 ? parts[1] : null;
        tagText.setLength(0);
        tagText.append(tag.equals("param") ? (parts.length > 2 ? parts[2] : "") : line.substring(parts[0].length()));
      } else if (tag == null) {
        body.append(line).append('\n');
      } else {
        tagText.append(' ').append(line);
      }
    }
    return new Javadoc(body.toString().strip(), params, returns);
  }

  /** The first sentence of the body, as plain text, or {@code null} when there is no body. */
  String firstSentence() {
    String text = clean(body);
    if (text.isEmpty()) {
      return null;
    }
    int end = text.length();
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1))) {
        end = i + 1;
        break;
      }
    }
    return text.substring(0, end);
  }

  /** Inline tags reduced to their text, HTML tags dropped, whitespace collapsed. */
  static String clean(String text) {
    String plain = text.replaceAll("\\{@(?:code|link|linkplain|literal)\\s+([^}]*)}", "$1")
        .replaceAll("<[^>]+>", "");
    return plain.replaceAll("\\s+", " ").strip();
  }
}

package io.kfp4j.processor;

/**
 * Java source literals of strings, written here rather than through JavaPoet's {@code $S}: the generated code holds
 * hundreds of them in a big project, and JavaPoet's writer handles every format argument as a token of its own, so
 * code built from a few {@code $L} pieces formats several times faster.
 */
final class JavaLiterals {
  private JavaLiterals() {}

  /** {@code "text"}, escaped as Java needs, or {@code null}. */
  static String of(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !Character.isHighSurrogate(c)
              && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
            literal.append(String.format("\\u%04x", (int) c));
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }
}

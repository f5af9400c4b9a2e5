package io.kfp4j.sdk;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the outputs of a {@link ResourceOp}: kubectl JSONPath templates, text with {@code {...}} expressions such as
 * {@code {.metadata.name}}, {@code {.items[0].status}} or {@code {}} (the whole object).
 */
final class JsonPaths {
  private static final Pattern EXPRESSION = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern BODY = Pattern.compile("|[.$@\\[\"'].*|range .*|end");

  private JsonPaths() {}

  /** Why the text is no JSONPath template, with the fix; empty when it is one. */
  static Optional<String> check(String path) {
    String example = "; write a kubectl JSONPath template such as \"{.metadata.name}\" or \"{.status.phase}\"";
    if (path == null || path.isBlank()) {
      return Optional.of("no JSONPath given" + example);
    }
    Matcher m = EXPRESSION.matcher(path);
    int expressions = 0;
    StringBuilder rest = new StringBuilder();
    int at = 0;
    while (m.find()) {
      expressions++;
      rest.append(path, at, m.start());
      at = m.end();
      if (!BODY.matcher(m.group(1).strip()).matches()) {
        return Optional.of("\"" + path + "\" is not a JSONPath: {" + m.group(1) + "} does not start with '.', '$'"
            + " or '['" + example);
      }
    }
    rest.append(path.substring(at));
    if (expressions == 0) {
      return Optional.of("\"" + path + "\" is not a JSONPath: it has no {...} expression" + example);
    }
    if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
      return Optional.of("\"" + path + "\" is not a JSONPath: its braces do not pair up" + example);
    }
    return Optional.empty();
  }
}

package io.kfp4j.sdk.argo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Argo's {@code {{...}}} placeholders in a template tree, as KFP's data passing rewriter reads them. */
final class Placeholders {
  private static final Pattern ANY = Pattern.compile("\\{\\{([-._a-zA-Z0-9]+)}}");
  private static final Pattern INPUT_PARAMETER = Pattern.compile("\\{\\{inputs\\.parameters\\.([-_a-zA-Z0-9]+)}}");

  private Placeholders() {}

  /** Every placeholder in the strings (keys and values) of a tree, without the braces. */
  static void collect(Object tree, Set<String> into) {
    if (tree instanceof String s) {
      if (s.indexOf("{{") < 0) {
        return;
      }
      Matcher m = ANY.matcher(s);
      while (m.find()) {
        into.add(m.group(1));
      }
    } else if (tree instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        collect(k, into);
        collect(v, into);
      });
    } else if (tree instanceof List<?> list) {
      list.forEach(item -> collect(item, into));
    }
  }

  /** The dotted parts of a string that is exactly one placeholder, or {@code null}. */
  static String[] single(String s) {
    Matcher m = ANY.matcher(s);
    return m.matches() ? m.group(1).split("\\.", -1) : null;
  }

  /** {@code x} for exactly {@code {{inputs.parameters.x}}}, else {@code null}. */
  static String inputParameter(String s) {
    Matcher m = INPUT_PARAMETER.matcher(s);
    return m.matches() ? m.group(1) : null;
  }
}

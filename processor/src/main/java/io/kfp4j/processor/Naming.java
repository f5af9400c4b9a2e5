package io.kfp4j.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The naming rules KFP applies, in their Java form. */
final class Naming {
  private Naming() {}

  /**
   * A component name from a method name, as KFP makes {@code "Add two"} from {@code add_two}: words split where
   * a lower-case letter or digit meets a capital, capitalized words lowered, the first letter raised
   * ({@code trainXGBoostModel} becomes "Train XGBoost model").
   */
  static String componentName(String methodName) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < methodName.length(); i++) {
      char prev = methodName.charAt(i - 1);
      char c = methodName.charAt(i);
      if (c == '_' || (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev)))) {
        words.add(methodName.substring(start, i));
        start = c == '_' ? i + 1 : i;
      }
    }
    words.add(methodName.substring(start));
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      boolean capitalized = Character.isUpperCase(word.charAt(0))
          && word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
      out.append(out.length() == 0 ? "" : " ").append(capitalized ? word.toLowerCase(Locale.ROOT) : word);
    }
    return capitalize(out.toString());
  }

  /** The I/O name of a file parameter: {@code dataPath} and {@code data_path} become {@code data}. */
  static String stripPathSuffix(String parameterName) {
    if (parameterName.endsWith("_path") && parameterName.length() > 5) {
      return parameterName.substring(0, parameterName.length() - 5);
    }
    if (parameterName.endsWith("Path") && parameterName.length() > 4) {
      return parameterName.substring(0, parameterName.length() - 4);
    }
    return parameterName;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}

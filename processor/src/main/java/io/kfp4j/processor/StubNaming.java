package io.kfp4j.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for the components, inputs, outputs and types of shared {@code component.yaml} files.
 *
 * <p>A name is cut into words at every character that is neither a letter nor a digit. A word that starts with
 * two capitals is an acronym and stays one word ({@code CSV}, {@code XGBoost}, {@code HDF5}); any other word is
 * cut again where a lower-case letter or digit meets a capital and where a run of capitals meets a capitalized word
 * ({@code modelPath} is {@code model Path}, {@code CatBoostModel} is {@code Cat Boost Model}). Each word is lowered
 * and capitalized: a class joins them all ({@code "Train XGBoost on CSV"} gives {@code TrainXgboostOnCsv}), an
 * identifier lowers the first ({@code "Model export path"} gives {@code modelExportPath}). A leading digit gets an
 * {@code _} before it, a Java keyword an {@code _} after it, and the second of two inputs (or outputs) with the same
 * identifier gets {@code 2} after it, the third {@code 3}. Type names keep their case (they are the type's name).
 */
final class StubNaming {
  /** Methods of {@code Object} a static factory must not hide. */
  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals", "getClass", "notify",
      "notifyAll", "wait", "finalize", "clone");

  private StubNaming() {}

  /** The words of a name, in their original case. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        chunk.append(c);
      } else if (chunk.length() > 0) {
        splitCamel(chunk.toString(), words);
        chunk.setLength(0);
      }
    }
    return words;
  }

  private static void splitCamel(String chunk, List<String> words) {
    if (chunk.length() > 1 && Character.isUpperCase(chunk.charAt(0)) && Character.isUpperCase(chunk.charAt(1))) {
      words.add(chunk);
      return;
    }
    int start = 0;
    for (int i = 1; i < chunk.length(); i++) {
      char prev = chunk.charAt(i - 1);
      char c = chunk.charAt(i);
      boolean next = i + 1 < chunk.length() && Character.isLowerCase(chunk.charAt(i + 1));
      if (Character.isUpperCase(c) && (!Character.isUpperCase(prev) || next)) {
        words.add(chunk.substring(start, i));
        start = i;
      }
    }
    words.add(chunk.substring(start));
  }

  /** The class name of a component: {@code "Train XGBoost on CSV"} gives {@code TrainXgboostOnCsv}. */
  static String className(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : words(name)) {
      out.append(Naming.capitalize(word.toLowerCase(Locale.ROOT)));
    }
    return leadingDigit(out.length() == 0 ? "Component" : out.toString());
  }

  /** An identifier: {@code "Model export path"} gives {@code modelExportPath}, {@code "class"} gives {@code class_}. */
  static String identifier(String name, String fallback) {
    String camel = Naming.decapitalize(className(name));
    if (camel.equals("component") && words(name).isEmpty()) {
      camel = fallback;
    }
    camel = leadingDigit(camel);
    return SourceVersion.isKeyword(camel) || camel.equals("_") ? camel + "_" : camel;
  }

  /** The static factory of a component: its identifier, with {@code _} after a method name of {@code Object}. */
  static String factoryName(String componentName) {
    String name = identifier(componentName, "component");
    return OBJECT_METHODS.contains(name) ? name + "_" : name;
  }

  /**
   * The marker class of a KFP type, keeping its case: {@code CSV}, {@code GCSPath}; {@code "UI metadata"} gives
   * {@code UIMetadata}, {@code google.VertexModel} gives {@code GoogleVertexModel}.
   */
  static String typeName(String kfpType) {
    StringBuilder out = new StringBuilder();
    StringBuilder chunk = new StringBuilder();
    for (int i = 0; i <= kfpType.length(); i++) {
      char c = i < kfpType.length() ? kfpType.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        chunk.append(c);
      } else if (chunk.length() > 0) {
        out.append(Naming.capitalize(chunk.toString()));
        chunk.setLength(0);
      }
    }
    return leadingDigit(out.length() == 0 ? "Type" : out.toString());
  }

  /** Identifiers for names, unique among them: the second {@code modelPath} becomes {@code modelPath2}. */
  static Map<String, String> uniqueIdentifiers(List<String> names, String fallback) {
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String name : names) {
      String base = identifier(name, fallback);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = base + n;
      }
      result.put(name, candidate);
    }
    return result;
  }

  private static String leadingDigit(String name) {
    return Character.isDigit(name.charAt(0)) ? "_" + name : name;
  }
}

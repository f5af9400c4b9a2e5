package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kfp4j.runtime.spec.TypeSpec;
import io.kfp4j.runtime.types.StrToBool;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * KFP v1 type names to KFP v2 parameter and artifact types, and KFP text to v2 values, as KFP 2's SDK maps them when
 * it loads a v1 component ({@code type_utils}, {@code structures.ComponentSpec.from_v1_component_spec}).
 */
final class TypeMapping {
  static final String SCHEMA_VERSION = "0.0.1";
  private static final Map<String, String> PARAMETERS = Map.ofEntries(
      Map.entry("integer", "NUMBER_INTEGER"), Map.entry("int", "NUMBER_INTEGER"),
      Map.entry("double", "NUMBER_DOUBLE"), Map.entry("float", "NUMBER_DOUBLE"),
      Map.entry("string", "STRING"), Map.entry("str", "STRING"), Map.entry("text", "STRING"),
      Map.entry("bool", "BOOLEAN"), Map.entry("boolean", "BOOLEAN"),
      Map.entry("dict", "STRUCT"), Map.entry("jsonobject", "STRUCT"),
      Map.entry("list", "LIST"), Map.entry("jsonarray", "LIST"));
  private static final Map<String, String> ARTIFACTS = Map.of(
      "artifact", "system.Artifact", "model", "system.Model", "dataset", "system.Dataset",
      "metrics", "system.Metrics", "classificationmetrics", "system.ClassificationMetrics",
      "slicedclassificationmetrics", "system.SlicedClassificationMetrics", "html", "system.HTML",
      "markdown", "system.Markdown");
  private static final Pattern GOOGLE = Pattern.compile("^google.[A-Za-z]+$");
  private TypeMapping() {}

  /** The v2 type of a v1 input or output type ({@code null} when untyped: a plain artifact, as KFP maps it). */
  static IoType of(TypeSpec type) {
    if (type instanceof TypeSpec.Named named) {
      return ofName(outerGeneric(named.name()));
    }
    return new IoType.Artifact("system.Artifact", SCHEMA_VERSION); // untyped, a list of types, or {Name: {...}}
  }

  /** The v2 type of a v1 type name ({@code Float}, {@code CSV}, {@code Dataset}). */
  static IoType ofName(String name) {
    if (name == null) {
      return new IoType.Artifact("system.Artifact", SCHEMA_VERSION);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (PARAMETERS.containsKey(lower)) {
      return new IoType.Parameter(PARAMETERS.get(lower));
    }
    if (GOOGLE.matcher(name).matches()) {
      return new IoType.Artifact(name, SCHEMA_VERSION);
    }
    return new IoType.Artifact(ARTIFACTS.getOrDefault(lower, "system.Artifact"), SCHEMA_VERSION);
  }

  /** Whether a v1 output of this type is a parameter (its outputPath is then a parameter's output file). */
  static boolean isParameter(TypeSpec type) {
    return of(type) instanceof IoType.Parameter;
  }

  /** {@code List[int]} is {@code List}, as KFP's {@code get_canonical_name_for_outer_generic}. */
  private static String outerGeneric(String name) {
    String n = name.startsWith("typing.") ? name.substring("typing.".length()) : name;
    int bracket = n.indexOf('[');
    return bracket < 0 ? n : n.substring(0, bracket);
  }

  /**
   * A value given as KFP text, as the v2 {@code google.protobuf.Value} of that parameter type: numbers as doubles
   * (protobuf's {@code number_value}), booleans from {@code True}/{@code False} (or any {@code strtobool} text), JSON
   * for structs and lists, text otherwise.
   *
   * @throws IllegalArgumentException when the text is not a value of that type
   */
  static JsonNode value(String parameterType, String text) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (parameterType) {
      case "NUMBER_INTEGER", "NUMBER_DOUBLE" -> {
        try {
          return f.numberNode(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("\"" + text + "\" is not a number");
        }
      }
      case "BOOLEAN" -> {
        try {
          return f.booleanNode(StrToBool.parse(text.trim()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("\"" + text + "\" is not a boolean (True or False)");
        }
      }
      case "STRUCT", "LIST" -> {
        try {
          JsonNode node = LazyJson.MAPPER.readTree(text);
          if (node == null || !(parameterType.equals("STRUCT") ? node.isObject() : node.isArray())) {
            throw new IllegalArgumentException("\"" + text + "\" is not a JSON "
                + (parameterType.equals("STRUCT") ? "object" : "array"));
          }
          return numbersAsDoubles(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalArgumentException("\"" + text + "\" is not JSON");
        }
      }
      default -> {
        return f.textNode(text);
      }
    }
  }

  /** A JSON tree with every number a double, as protobuf's {@code Value} holds numbers. */
  static JsonNode numbersAsDoubles(JsonNode node) {
    if (node.isNumber()) {
      return JsonNodeFactory.instance.numberNode(node.doubleValue());
    }
    if (node.isArray()) {
      var array = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> array.add(numbersAsDoubles(n)));
      return array;
    }
    if (node.isObject()) {
      var object = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(e -> object.set(e.getKey(), numbersAsDoubles(e.getValue())));
      return object;
    }
    return node;
  }
}

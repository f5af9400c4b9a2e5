package io.kfp4j.ui.internal.viz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;

/** Reading the JSON files KFP's UI reads, with messages that say where the text went wrong. */
final class Json {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private static final int MAX_MESSAGE = 200;

  private Json() {}

  /**
   * The JSON object in {@code text}.
   *
   * @param expected the expected shape for messages, e.g. {@code {"outputs": [...]}}
   */
  static JsonNode object(String text, String expected) throws InvalidInput {
    if (text == null || text.isBlank()) {
      throw new InvalidInput("file", "is empty; expected a JSON object " + expected);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInput("file", "not valid JSON" + where(e.getLocation()) + ": " + message(e)
          + "; expected a JSON object " + expected);
    }
    if (!root.isObject()) {
      throw new InvalidInput("file", "is a JSON " + kind(root) + "; expected a JSON object " + expected);
    }
    return root;
  }

  /** What a node is, for messages: {@code string}, {@code number}, {@code list}, ... */
  static String kind(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "list";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** {@link #kind} with its article: {@code a list}, {@code an object}, {@code null}. */
  static String aKind(JsonNode node) {
    String kind = kind(node);
    return kind.equals("null") || kind.equals("nothing") ? kind : (kind.equals("object") ? "an " : "a ") + kind;
  }

  /**
   * The text of a string, number or boolean as JavaScript would print it ({@code 1.0} reads {@code 1}), or null
   * for anything else.
   */
  static String scalarText(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    return null;
  }

  /** Text shortened to a readable length for a message. */
  static String shorten(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "…";
  }

  /** Jackson's message without the note on the hidden source text. */
  static String message(JsonProcessingException e) {
    return shorten(String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: .*?; line:", "[line:"));
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}

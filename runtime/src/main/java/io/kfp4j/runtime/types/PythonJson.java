package io.kfp4j.runtime.types;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * JSON text exactly as Python's {@code json.dumps(value, sort_keys=True)} writes it, which is how KFP serializes
 * {@code JsonArray}, {@code JsonObject} and {@code Json} values, and {@code json.loads} for reading it back.
 */
public final class PythonJson {
  /**
   * The JSON mapper, created on first use only: lists, maps and numbers are written without it, and building it
   * loads Jackson's databind (about 0.2 s of a launcher's start when a component returns a list or a map).
   */
  static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private Mapper() {}
  }

  private static final Set<String> PYTHON_NON_FINITE = Set.of("NaN", "Infinity", "-Infinity");

  private PythonJson() {}

  /**
   * Python's {@code json.dumps(value, sort_keys=True)}: separators {@code ", "} and {@code ": "}, keys sorted as
   * Python sorts them (strings by code point, numbers numerically), non-ASCII escaped as {@code \u005CuXXXX},
   * floats as {@link PythonFloat#repr} with {@code NaN}, {@code Infinity} and {@code -Infinity}.
   *
   * <p>Accepts null, String, Character, Boolean, Number (integer types as integers, Double, Float and BigDecimal as
   * Python floats), Map (keys: String, Character, Enum, Number, Boolean or null), Collection, arrays, Optional, Jackson
   * {@link JsonNode} trees and anything Jackson can turn into a tree (records and beans become objects, enums
   * strings). Collections are written in iteration order.
   *
   * @throws IllegalArgumentException for a circular reference, keys Python could not sort or write, or a value
   *     Jackson cannot convert
   */
  public static String dumps(Object value) {
    return new JsonWriter().write(value);
  }

  /**
   * Python's {@code json.dumps(value)} without {@code sort_keys}: as {@link #dumps}, but object keys keep their
   * iteration order. KFP's client writes a run's {@code workflow_manifest} and its list and dict parameters so.
   */
  public static String dumpsInOrder(Object value) {
    return new JsonWriter(false).write(value);
  }

  /**
   * Python's {@code json.loads}: returns a mutable {@link LinkedHashMap} (key order kept, last duplicate wins),
   * {@link ArrayList}, String, Long (or BigInteger beyond long), Double (including {@code NaN} and
   * {@code ±Infinity}), Boolean or null.
   *
   * @throws IllegalArgumentException naming the problem and its line, column and character offset
   */
  public static Object loads(String json) {
    Objects.requireNonNull(json, "json text must not be null");
    try (JsonParser parser = Mapper.MAPPER.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IllegalArgumentException("Invalid JSON at line 1, column 1 (character offset 0): expected a value"
            + " but the text is " + (json.isEmpty() ? "empty" : "only whitespace"));
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw invalid(parser.currentTokenLocation(), "extra data after the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(e.getLocation(), e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("Invalid JSON: " + e.getMessage(), e);
    }
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          map.put(key, read(parser, parser.nextToken()));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          list.add(read(parser, t));
        }
        return list;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = parser.getText();
        if (text.chars().anyMatch(c -> "NnIi".indexOf(c) >= 0) && !PYTHON_NON_FINITE.contains(text)) {
          throw invalid(parser.currentTokenLocation(), "Python's json.loads accepts only NaN, Infinity and"
              + " -Infinity as non-finite numbers, not " + text);
        }
        return parser.getDoubleValue();
      }
      case VALUE_TRUE -> {
        return true;
      }
      case VALUE_FALSE -> {
        return false;
      }
      default -> {
        return null;
      }
    }
  }

  private static IllegalArgumentException invalid(JsonLocation at, String problem) {
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()
        + " (character offset " + at.getCharOffset() + ")";
    return new IllegalArgumentException("Invalid JSON" + where + ": " + problem);
  }
}

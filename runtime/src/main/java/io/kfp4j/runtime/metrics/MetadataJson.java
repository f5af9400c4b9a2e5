package io.kfp4j.runtime.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON writing that {@link Metrics} and {@link UiMetadata} share: objects with their keys in the order given. */
final class MetadataJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MetadataJson() {}

  /** An object of key, value pairs in order; a {@code null} value leaves its key out. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        object.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return object;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plain maps, lists, strings and numbers always serialize", e);
    }
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A JSON tree with every object's keys in sorted order, as KFP writes its YAML ({@code sort_keys=True}). */
final class SortedKeys {
  private SortedKeys() {}

  static ObjectNode sorted(ObjectNode node) {
    return (ObjectNode) sort(node);
  }

  private static JsonNode sort(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      Collections.sort(names);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      names.forEach(n -> out.set(n, sort(node.get(n))));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(n -> out.add(sort(n)));
      return out;
    }
    return node;
  }
}

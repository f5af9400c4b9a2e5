package io.kfp4j.testcomponents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.annotations.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Components that take and return JSON trees: {@code Map<String, Object>}, {@code List<Object>}, Jackson's nodes. */
public final class JsonValues {
  private JsonValues() {}

  /**
   * Describes a configuration, a list of names and a JSON tree.
   *
   * @param config any JSON object
   * @param names any JSON array
   * @param tree any JSON value
   * @param count a number
   * @return the config's sorted keys, its {@code nested} value, the names' count and first, the tree's node type, the
   *     Java classes of the config's values and the count
   */
  @Component
  public static Map<String, Object> describeConfig(Map<String, Object> config, List<Object> names, JsonNode tree,
      int count) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("keys", new ArrayList<>(new TreeSet<>(config.keySet())));
    out.put("nested", config.get("nested"));
    out.put("names", names.size());
    out.put("first", names.isEmpty() ? null : names.get(0));
    out.put("tree", tree.getNodeType().name());
    out.put("classes", config.values().stream().map(v -> v.getClass().getSimpleName()).toList());
    out.put("count", count);
    return out;
  }

  /**
   * Tags a JSON object.
   *
   * @param node the object
   * @param tag the tag
   * @return the object with {@code "tag"} set
   */
  @Component
  public static ObjectNode tag(ObjectNode node, String tag) {
    return node.put("tag", tag);
  }
}

package io.kfp4j.runtime.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The fields of one YAML mapping, read by name, and, on request, keys outside the allowed set reported. A duplicate
 * key is what KFP (PyYAML) makes of it: the last value counts, with a warning naming both lines; in strict mode it is
 * a problem, and every value is read so that its own problems show too.
 */
final class MappingFields {
  /** How much of a long scalar a message shows. */
  private static final int SHOWN = 80;

  private final String path;
  private final Problems problems;
  private final Map<String, List<NodeTuple>> byKey = new LinkedHashMap<>();

  private MappingFields(MappingNode node, String path, Problems problems) {
    this.path = path;
    this.problems = problems;
    for (NodeTuple tuple : node.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      if (key == null) {
        problems.report(tuple.getKeyNode(), path, "keys must be plain strings, not a " + kind(tuple.getKeyNode()));
        continue;
      }
      List<NodeTuple> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!same.isEmpty()) {
        var first = same.get(0).getKeyNode().getStartMark();
        var again = tuple.getKeyNode().getStartMark();
        if (problems.strict()) {
          problems.report(tuple.getKeyNode(), join(key), "duplicate key \"" + key + "\" (first at line "
              + (first.getLine() + 1) + ", column " + (first.getColumn() + 1) + "); keep only one of them");
        } else {
          problems.warn(tuple.getKeyNode(), join(key), "duplicate key \"" + key + "\" at lines "
              + (first.getLine() + 1) + " and " + (again.getLine() + 1) + ": KFP keeps the last value (line "
              + (again.getLine() + 1) + "), and so does kfp4j; remove the other one (strict mode refuses this)");
        }
      }
      same.add(tuple);
      problems.place(join(key), tuple.getValueNode());
    }
  }

  /** The fields of a mapping node, or {@code null} after reporting that the node is not a mapping. */
  static MappingFields of(Node node, String path, Problems problems, String what) {
    if (node instanceof MappingNode m) {
      return new MappingFields(m, path, problems);
    }
    problems.report(node, path, "expected " + what + " (a mapping), found " + describe(node));
    return null;
  }

  /**
   * The fields of a mapping node, with every key outside {@code keys} reported; or {@code null} after reporting
   * that the node is not a mapping.
   */
  static MappingFields of(Node node, String path, Problems problems, String what, List<String> keys) {
    MappingFields f = of(node, path, problems, what);
    return f == null ? null : f.allow(what, Set.copyOf(keys), keys);
  }

  /** Reports every key not in {@code allowed}. */
  MappingFields allow(String what, Set<String> allowed, List<String> order) {
    for (Map.Entry<String, List<NodeTuple>> entry : byKey.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        problems.report(entry.getValue().get(0).getKeyNode(), join(entry.getKey()), "unknown key \"" + entry.getKey()
            + "\" in " + what + "; expected one of: " + String.join(", ", order) + hint(entry.getKey(), order));
      }
    }
    return this;
  }

  boolean has(String key) {
    return byKey.containsKey(key);
  }

  Set<String> keys() {
    return byKey.keySet();
  }

  /** The value of the key (the last one, when the key is duplicated), or null when absent. */
  Node node(String key) {
    List<NodeTuple> tuples = byKey.get(key);
    return tuples == null ? null : tuples.get(tuples.size() - 1).getValueNode();
  }

  /**
   * Reads the key's value (the last one, as KFP) with the reader and returns the result, or null when absent; in
   * strict mode the other values of a duplicated key are read too, for their own problems.
   */
  <T> T read(String key, BiFunction<Node, String, T> reader) {
    List<NodeTuple> tuples = byKey.get(key);
    if (tuples == null) {
      return null;
    }
    if (problems.strict()) {
      for (int i = 0; i < tuples.size() - 1; i++) {
        reader.apply(tuples.get(i).getValueNode(), join(key));
      }
    }
    return reader.apply(tuples.get(tuples.size() - 1).getValueNode(), join(key));
  }

  String join(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String describe(Node node) {
    if (node instanceof ScalarNode s) {
      if (s.getTag().getValue().endsWith(":null")) {
        return "nothing (null)";
      }
      String value = s.getValue();
      return value.length() <= SHOWN ? "the " + kind(node) + " '" + value + "'"
          : "the " + kind(node) + " '" + value.substring(0, SHOWN).replace('\n', ' ') + "...' (" + value.length()
              + " characters)";
    }
    return "a " + kind(node);
  }

  static String kind(Node node) {
    if (node == null) {
      return "missing value";
    }
    return switch (node.getNodeId()) {
      case mapping -> "mapping";
      case sequence -> "list";
      case scalar -> switch (node.getTag().getValue().replace("tag:yaml.org,2002:", "")) {
        case "int" -> "integer";
        case "float" -> "number";
        case "bool" -> "boolean";
        case "null" -> "null";
        case "timestamp" -> "timestamp";
        default -> "string";
      };
      default -> "anchor";
    };
  }

  private static String hint(String key, List<String> order) {
    String camel = toCamel(key);
    if (!camel.equals(key) && order.contains(camel)) {
      return " (KFP wants the camelCase key \"" + camel + "\")";
    }
    return "";
  }

  private static String toCamel(String key) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }
}

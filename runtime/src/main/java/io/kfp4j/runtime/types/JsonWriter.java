package io.kfp4j.runtime.types;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Writes one value as Python's {@code json.dumps(value, sort_keys=True)} (or without {@code sort_keys}) does, for {@link PythonJson#dumps}; remembers
 * the containers being written to report cycles as Python does.
 */
final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final boolean sortKeys;
  private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

  JsonWriter() {
    this(true);
  }

  /** @param sortKeys as Python's {@code sort_keys}: sort object keys, or keep their iteration order */
  JsonWriter(boolean sortKeys) {
    this.sortKeys = sortKeys;
  }

  String write(Object value) {
    value(value);
    return out.toString();
  }

  private void value(Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String || v instanceof Character) {
      string(v.toString());
    } else if (v instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (v instanceof Number n) {
      number(n);
    } else if (v instanceof JsonNode node) {
      node(node);
    } else if (v instanceof Map<?, ?> map) {
      enter(map);
      object(map.entrySet().stream().map(e -> new JsonEntry(e.getKey(), e.getValue())).toList());
      open.remove(map);
    } else if (v instanceof Collection<?> c) {
      enter(c);
      array(c.iterator());
      open.remove(c);
    } else if (v.getClass().isArray()) {
      enter(v);
      int length = Array.getLength(v);
      array(IntStream.range(0, length).mapToObj(i -> Array.get(v, i)).iterator());
      open.remove(v);
    } else if (v instanceof Optional<?> o) {
      value(o.orElse(null));
    } else if (v instanceof OptionalInt o) {
      value(o.isPresent() ? (Object) o.getAsInt() : null);
    } else if (v instanceof OptionalLong o) {
      value(o.isPresent() ? (Object) o.getAsLong() : null);
    } else if (v instanceof OptionalDouble o) {
      value(o.isPresent() ? (Object) o.getAsDouble() : null);
    } else {
      JsonNode tree;
      try {
        tree = PythonJson.Mapper.MAPPER.valueToTree(v);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Object of Java type " + v.getClass().getTypeName()
            + " is not JSON serializable: " + e.getMessage(), e);
      }
      node(tree);
    }
  }

  private void enter(Object container) {
    if (!open.add(container)) {
      throw new IllegalArgumentException("Circular reference detected: a " + container.getClass().getTypeName()
          + " contains itself");
    }
  }

  private void node(JsonNode node) {
    if (node.isObject()) {
      object(node.properties().stream().map(e -> new JsonEntry(e.getKey(), e.getValue())).toList());
    } else if (node.isArray()) {
      array(node.iterator());
    } else if (node.isNumber()) {
      number(node.numberValue());
    } else if (node.isBoolean()) {
      out.append(node.booleanValue() ? "true" : "false");
    } else if (node instanceof POJONode pojo) {
      value(pojo.getPojo());
    } else if (node.isTextual() || node.isBinary()) {
      string(node.asText());
    } else {
      out.append("null");
    }
  }

  private void array(Iterator<?> items) {
    out.append('[');
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      value(items.next());
    }
    out.append(']');
  }

  private void object(List<JsonEntry> entries) {
    List<JsonEntry> sorted = new ArrayList<>(entries);
    if (sortKeys) {
      sorted.sort(JsonEntry::compareKeys);
    }
    out.append('{');
    boolean first = true;
    for (JsonEntry e : sorted) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      string(e.keyText());
      out.append(": ");
      value(e.value());
    }
    out.append('}');
  }

  private void number(Number n) {
    out.append(PythonFloat.isIntegral(n) ? n.toString() : floatText(PythonFloat.toDouble(n)));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            String hex = Integer.toHexString(c);
            out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A float as {@code json.dumps} writes it: {@code NaN}, {@code Infinity}, {@code -Infinity} or its repr. */
  static String floatText(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return PythonFloat.repr(d);
  }
}

package io.kfp4j.sdk;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks the items of a static {@link ParallelFor}: scalars, or maps whose fields loop items may read. */
final class StaticItems {
  private StaticItems() {}

  /** The items as plain JSON-like values (records become maps), each checked. */
  static List<Object> normalize(List<?> items, String pipeline) {
    List<Object> out = new ArrayList<>();
    for (Object item : items) {
      if (item == null) {
        throw new PipelineBuildException("pipeline \"" + pipeline + "\": a ParallelFor item is null; remove it");
      }
      if (item instanceof ArgumentValue) {
        out.add(item);
        continue;
      }
      Object plain = item instanceof String || item instanceof Number || item instanceof Boolean || item instanceof Map<?, ?>
          ? item : PythonJson.loads(PythonJson.dumps(item));
      if (plain instanceof Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        plain = copy;
      } else if (!(plain instanceof String || plain instanceof Number || plain instanceof Boolean)) {
        throw new PipelineBuildException("pipeline \"" + pipeline + "\": a ParallelFor item must be a string, number,"
            + " boolean or map, not " + item);
      }
      out.add(plain);
    }
    return out;
  }

  /** The items as JSON for messages, each reference shown as {@code <...>}. */
  static String describe(List<Object> items) {
    List<Object> shown = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v instanceof ArgumentValue a ? show(a) : v));
        shown.add(copy);
      } else {
        shown.add(item instanceof ArgumentValue a ? show(a) : item);
      }
    }
    return PythonJson.dumps(shown);
  }

  private static String show(ArgumentValue value) {
    if (value instanceof ArgumentValue.Template t) {
      StringBuilder out = new StringBuilder();
      t.parts().forEach(p -> out.append(p instanceof ArgumentValue.Constant c ? c.text() : show(p)));
      return out.toString();
    }
    if (value instanceof ArgumentValue.ParameterRef p) {
      return "<parameter " + p.parameter() + ">";
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      return "<output " + o.output() + " of " + o.task() + ">";
    }
    return value instanceof ArgumentValue.Constant c ? c.text() : "<loop item>";
  }

  /** Fails unless every item is a map with the field. */
  static void requireField(List<Object> items, String field, String pipeline, GroupFrame loop, String task,
      String what) {
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> m) || !m.containsKey(field)) {
        throw new PipelineBuildException("pipeline \"" + pipeline + "\", " + task + ", " + what + ": the items of "
            + loop.describe() + " have no field \"" + field + "\" (item " + PythonJson.dumps(item) + "); use a field every item has");
      }
    }
  }
}

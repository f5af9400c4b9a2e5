package io.kfp4j.sdk.client;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.types.PythonFloat;
import io.kfp4j.runtime.types.PythonJson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A run's parameters as kfp sends them: names through {@code sanitize_k8s_name(name, allow_capital_underscore=True)},
 * values as Python's {@code str(value)} ({@code True}, {@code 7.0}), lists and maps as {@code json.dumps(value)}.
 */
final class RunParameters {
  private RunParameters() {}

  static List<Parameter> of(Map<String, ?> arguments) {
    List<Parameter> parameters = new ArrayList<>();
    arguments.forEach((name, value) -> parameters.add(new Parameter(KfpNames.k8sNameKeepCase(name), text(value))));
    return parameters;
  }

  /** Python's {@code str(value)}, or {@code json.dumps(value)} for a list or a map. */
  static String text(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (value instanceof Double || value instanceof Float) {
      return PythonFloat.repr(((Number) value).doubleValue());
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isArray()) {
      return PythonJson.dumpsInOrder(value);
    }
    return value.toString();
  }
}

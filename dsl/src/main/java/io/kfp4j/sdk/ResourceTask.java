package io.kfp4j.sdk;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.task.SettingValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task that acts on a Kubernetes object instead of running a container, as KFP's {@code ResourceOp}: the
 * {@link ResourceOp} itself and its kinds {@link VolumeOp} and {@link VolumeSnapshotOp}. Such a task is used like any
 * other ({@code after}, {@code displayName}, {@code caching}, pod labels and annotations); its outputs are text read
 * from the object by JSONPath.
 *
 * @param <S> the task type, returned by chained calls
 */
public abstract sealed class ResourceTask<S extends ResourceTask<S>> extends Task<S>
    permits ResourceOp, VolumeOp, VolumeSnapshotOp {
  private final String kind;

  /**
   * A resource task joining the pipeline being built.
   *
   * @param kind what the user calls it, for messages ({@code "ResourceOp"})
   * @param name the task's name
   * @param outputs the names of its outputs
   */
  ResourceTask(String kind, String name, List<String> outputs) {
    super(component(kind, name, outputs), Map.of());
    this.kind = kind;
  }

  /** What the task does with its object, as the IR holds it; asked when the pipeline's graph is made. */
  public abstract ResourceOperation operation();

  /** An output by its name, as text. */
  public Output<String> attribute(String name) {
    return output(name);
  }

  /** The object as the action left it, as JSON ({@code {}} after a delete): KFP's {@code manifest} output. */
  public Output<String> manifest() {
    return attribute("manifest");
  }

  /** The metadata of an object created with a run-unique name: its annotations when any, then that name. */
  static Map<String, Object> runScopedMetadata(Map<String, ?> annotations, String resourceName) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    metadata.put("name", new Manifest.RunScopedName(resourceName));
    return metadata;
  }

  /**
   * A manifest tree as the IR holds it: each {@link Source} leaf (a parameter, an output, a loop item, formatted
   * text, a constant) becomes a {@link SettingValue}.
   *
   * @param field the field, for messages ({@code "manifest"})
   * @throws PipelineBuildException naming the task and the path of a leaf that is not a manifest value
   */
  Map<String, Object> tree(Map<?, ?> map, String field) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (!(k instanceof String key)) {
        throw fail(field, "the key " + k + " is not text; give map keys as strings");
      }
      out.put(key, node(v, field + "." + key));
    });
    return out;
  }

  private Object node(Object value, String path) {
    if (value instanceof Map<?, ?> m) {
      return tree(m, path);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(node(list.get(i), path + "[" + i + "]"));
      }
      return out;
    }
    if (value instanceof Source<?> source) {
      return settingValue(source, path);
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
        || value instanceof Double || value instanceof SettingValue || value instanceof Manifest.RunScopedName) {
      return value;
    }
    throw fail(path, (value == null ? "null" : "a " + value.getClass().getName()) + " is not a manifest value;"
        + " give text, a number, a boolean, a list, a map, or a Source (Param, Output, Formatted)");
  }

  /** A source inside the object: its value when fixed, else a reference read when the pipeline runs. */
  SettingValue settingValue(Source<?> source, String field) {
    if (source instanceof Value<?> v && v.value() instanceof String text) {
      return SettingValue.of(text);
    }
    ArgumentValue value = PipelineContext.require(kind).argument(source, describe(), field, null);
    return SettingValue.of(value);
  }

  /** {@code ResourceOp "create-my-secret"}, for messages. */
  String describe() {
    return kind + " \"" + taskName() + "\"";
  }

  /** An error naming the pipeline, this task and the field. */
  PipelineBuildException fail(String field, String problem) {
    return error(PipelineContext.current().map(PipelineContext::pipelineName).orElse(null), describe(), field,
        problem);
  }

  /** An error naming the pipeline (when there is one), the task and the field. */
  static PipelineBuildException error(String pipeline, String task, String field, String problem) {
    return new PipelineBuildException((pipeline == null ? "" : "pipeline \"" + pipeline + "\", ") + task + ", "
        + field + ": " + problem);
  }

  /** A component that only names the task and its outputs; the targets act on the object instead. */
  private static ComponentDefinition component(String kind, String name, List<String> outputs) {
    PipelineContext.require(kind);
    StringBuilder text = new StringBuilder("name: " + PythonJson.dumps(name) + "\n");
    if (!outputs.isEmpty()) {
      text.append("outputs:\n");
      outputs.forEach(o -> text.append("- {name: ").append(PythonJson.dumps(o)).append(", type: String}\n"));
    }
    text.append("implementation:\n  container: {image: kfp4j/resource-op}\n");
    return ComponentDefinition.fromText(text.toString());
  }
}

package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.ResourceOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The resource template of a resource task ({@code ResourceOp}, {@code VolumeOp}, {@code VolumeSnapshotOp}), as KFP's
 * {@code _op_to_template} writes a {@code ResourceOp}: the action and its options, the manifest as PyYAML's
 * {@code yaml.dump(..., default_flow_style=False)} writes it (block style, keys sorted), and the outputs {@code
 * <task>-<output>} read from the object by JSONPath, sorted by name.
 */
final class ResourceTemplates {
  private ResourceTemplates() {}

  static Map<String, Object> template(TaskOp op) {
    ResourceOperation operation = op.resource();
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", op.name());
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("action", operation.action().wireName());
    putIfSet(resource, "mergeStrategy", operation.mergeStrategy());
    putIfSet(resource, "successCondition", operation.successCondition());
    putIfSet(resource, "failureCondition", operation.failureCondition());
    putIfSet(resource, "setOwnerReference", operation.setOwnerReference());
    resource.put("manifest", manifest(op.written().manifest()));
    putIfSet(resource, "flags", operation.flags());
    template.put("resource", resource);
    List<Object> parameters = ContainerTemplates.inputParameters(op);
    if (!parameters.isEmpty()) {
      template.put("inputs", Map.of("parameters", parameters));
    }
    List<Map<String, Object>> outputs = new ArrayList<>();
    operation.outputs().forEach((output, jsonPath) -> outputs.add(output(op, output, jsonPath)));
    outputs.sort(Comparator.comparing(o -> (String) o.get("name")));
    if (!outputs.isEmpty()) {
      template.put("outputs", ContainerTemplates.entry("parameters", outputs));
    }
    Map<String, Object> podLabels = new LinkedHashMap<>(op.settings().podLabels());
    podLabels.putAll(op.written().podLabels());
    Map<String, Object> labels = ContainerTemplates.sdkLabels(podLabels, op.settings().caching());
    Map<String, Object> metadata = new LinkedHashMap<>();
    Map<String, Object> annotations = new LinkedHashMap<>(op.settings().podAnnotations());
    annotations.putAll(op.written().podAnnotations());
    if (!annotations.isEmpty()) {
      metadata.put("annotations", annotations);
    }
    metadata.put("labels", labels);
    template.put("metadata", metadata);
    return template;
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Map<String, Object> output(TaskOp op, String output, String jsonPath) {
    Map<String, Object> parameter = ContainerTemplates.entry("name", Names.output(op.name(), output));
    parameter.put("valueFrom", ContainerTemplates.entry("jsonPath", jsonPath));
    return parameter;
  }

  /** The object as PyYAML's {@code yaml.dump(obj, default_flow_style=False)} writes it: block style, keys sorted. */
  static String manifest(Map<String, Object> object) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setWidth(80);
    options.setAllowUnicode(false);
    return new Yaml(options).dump(sorted(object));
  }

  private static Object sorted(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put((String) k, sorted(v)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(ResourceTemplates::sorted).toList();
    }
    return node;
  }
}

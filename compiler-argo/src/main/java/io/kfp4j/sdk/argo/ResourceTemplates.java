package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.VolumeClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The resource template of a {@code VolumeOp}, as KFP's {@code _op_to_template} writes a {@code ResourceOp}: action
 * {@code create}, the claim's manifest as PyYAML dumps it (block style, keys sorted), and the outputs {@code
 * <task>-manifest}, {@code <task>-name} and {@code <task>-size} read from the created object by JSON path.
 */
final class ResourceTemplates {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
  private static final Pattern NUMBER_OR_BOOL = Pattern.compile(
      "[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|(?i)(y|n|yes|no|true|false|on|off|null)");

  private ResourceTemplates() {}

  static Map<String, Object> template(TaskOp op) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", op.name());
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("action", "create");
    resource.put("manifest", manifest(op.claim(), op.written().claimSize()));
    template.put("resource", resource);
    List<Object> parameters = ContainerTemplates.inputParameters(op);
    if (!parameters.isEmpty()) {
      template.put("inputs", Map.of("parameters", parameters));
    }
    List<Object> outputs = new ArrayList<>();
    outputs.add(output(op, "manifest", "{}"));
    outputs.add(output(op, "name", "{.metadata.name}"));
    outputs.add(output(op, "size", "{.status.capacity.storage}"));
    template.put("outputs", ContainerTemplates.entry("parameters", outputs));
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

  private static Map<String, Object> output(TaskOp op, String output, String jsonPath) {
    Map<String, Object> parameter = ContainerTemplates.entry("name", Names.output(op.name(), output));
    parameter.put("valueFrom", ContainerTemplates.entry("jsonPath", jsonPath));
    return parameter;
  }

  /**
   * The claim as PyYAML's {@code yaml.dump(..., default_flow_style=False)} writes it.
   *
   * @param size the claim's size as Argo text ({@code 10Gi}, {@code {{inputs.parameters.size}}})
   */
  static String manifest(VolumeClaim claim, String size) {
    StringBuilder out = new StringBuilder("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n");
    if (!claim.annotations().isEmpty()) {
      out.append("  annotations:\n");
      claim.annotations().forEach((k, v) -> out.append("    ").append(scalar(k)).append(": ").append(scalar(v))
          .append('\n'));
    }
    out.append("  name: ").append(scalar("{{workflow.name}}-" + claim.resourceName())).append('\n');
    out.append("spec:\n  accessModes:\n");
    claim.accessModes().forEach(mode -> out.append("  - ").append(scalar(mode)).append('\n'));
    out.append("  resources:\n    requests:\n      storage: ").append(scalar(size)).append('\n');
    if (claim.storageClass() != null) {
      out.append("  storageClassName: ").append(scalar(claim.storageClass())).append('\n');
    }
    return out.toString();
  }

  /** A string as PyYAML writes it: plain when it reads back as the same string, else single-quoted. */
  private static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !NUMBER_OR_BOOL.matcher(text).matches()) {
      return text;
    }
    return "'" + text.replace("'", "''") + "'";
  }
}

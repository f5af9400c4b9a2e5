package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.RawContainer;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a task that may be given when the pipeline runs, as Argo text: each {@link SettingValue} written
 * as KFP writes a {@code PipelineParam} inside a setting, a constant as itself, a whole number as a number, and a
 * reference as {@code {{inputs.parameters.<name>}}}, which the template then takes as an input.
 *
 * @param requests resource requests, in the order set
 * @param limits resource limits, in the order set
 * @param volumes the pod's volumes as Kubernetes JSON ({@code {name, persistentVolumeClaim: {claimName}}}), in order
 * @param manifest for a resource task, its object with each value written as Argo text (a name unique to the run
 *     as {@code {{workflow.name}}-<suffix>}); else {@code null}
 * @param env environment variables given when the pipeline runs, by name
 * @param secretNames the secret of each environment variable read from a secret, by the variable's name
 * @param podLabels pod labels given when the pipeline runs
 * @param podAnnotations pod annotations given when the pipeline runs
 * @param image a raw container's image given when the pipeline runs, or {@code null}
 * @param sidecarImages the image of each sidecar, in order
 */
record SettingText(Map<String, Object> requests, Map<String, Object> limits, List<Map<String, Object>> volumes,
    Map<String, Object> manifest, Map<String, String> env, Map<String, String> secretNames, Map<String, String> podLabels, Map<String, String> podAnnotations, String image,
    List<String> sidecarImages) {

  /**
   * Writes a task's run-time settings, recording in {@code used} each value they read: the manifest's first, then
   * the requests, the limits, the volumes, the environment (values, secret names), the pod labels, the pod annotations, a raw container's
   * image and the sidecars' images, in order.
   */
  @SuppressWarnings("unchecked")
  static SettingText write(TaskNode node, GroupTree tree, Set<ParamRef> used, String where) {
    TaskSettings settings = node.settings();
    Manifest manifest = node.resource() == null ? null : node.resource().manifest();
    Map<String, Object> object = manifest == null ? null
        : (Map<String, Object>) tree(manifest.tree(), tree, used, where);
    Map<String, Object> requests = new LinkedHashMap<>();
    settings.resources().requests().forEach((k, v) -> requests.put(k, text(v, tree, used, where)));
    Map<String, Object> limits = new LinkedHashMap<>();
    settings.resources().limits().forEach((k, v) -> limits.put(k, text(v, tree, used, where)));
    List<Map<String, Object>> volumes = new ArrayList<>();
    for (Volume volume : settings.volumes()) {
      Map<String, Object> out = ContainerTemplates.entry("name", volume.name());
      if (volume instanceof Volume.Claim c) {
        out.put("persistentVolumeClaim", ContainerTemplates.entry("claimName", text(c.claimName(), tree, used, where)));
      } else {
        ((Volume.Plain) volume).source().forEach((k, v) -> out.put(k, tree(v, tree, used, where)));
      }
      volumes.add(out);
    }
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> secretNames = new LinkedHashMap<>();
    for (EnvVar var : settings.env()) {
      if (var instanceof EnvVar.Given given) {
        env.put(given.name(), String.valueOf(text(given.value(), tree, used, where)));
      } else if (var instanceof EnvVar.FromSecret secret) {
        secretNames.put(secret.name(), String.valueOf(text(secret.secret(), tree, used, where)));
      }
    }
    Map<String, String> labels = new LinkedHashMap<>();
    settings.podLabelValues().forEach((k, v) -> labels.put(k, String.valueOf(text(v, tree, used, where))));
    Map<String, String> annotations = new LinkedHashMap<>();
    settings.podAnnotationValues().forEach((k, v) -> annotations.put(k, String.valueOf(text(v, tree, used, where))));
    RawContainer raw = node.rawContainer();
    String image = raw == null || raw.image() == null ? null : (String) text(raw.image(), tree, used, where);
    List<String> sidecarImages = new ArrayList<>();
    settings.sidecars().forEach(s -> sidecarImages.add(String.valueOf(text(s.image(), tree, used, where))));
    return new SettingText(requests, limits, volumes, object, env, secretNames, labels, annotations, image, sidecarImages);
  }

  /** A tree with each setting value and run-scoped name written as Argo text. */
  private static Object tree(Object node, GroupTree tree, Set<ParamRef> used, String where) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put((String) k, tree(v, tree, used, where)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(v -> tree(v, tree, used, where)).toList();
    }
    if (node instanceof SettingValue value) {
      return text(value, tree, used, where);
    }
    if (node instanceof Manifest.RunScopedName name) {
      return "{{workflow.name}}-" + name.suffix();
    }
    return node;
  }

  /** A setting's value as the workflow holds it: text, or a number. */
  private static Object text(SettingValue value, GroupTree tree, Set<ParamRef> used, String where) {
    if (value instanceof SettingValue.Constant c) {
      return c.text();
    }
    if (value instanceof SettingValue.WholeNumber n) {
      return n.value();
    }
    ArgumentValue ref = ((SettingValue.Reference) value).value();
    List<ArgumentValue> parts = ref instanceof ArgumentValue.Template t ? t.parts() : List.of(ref);
    StringBuilder out = new StringBuilder();
    for (ArgumentValue part : parts) {
      if (part instanceof ArgumentValue.Constant c) {
        out.append(c.text());
      } else {
        ParamRef param = tree.ref(part, where);
        used.add(param);
        out.append(param.inputPlaceholder());
      }
    }
    return out.toString();
  }
}

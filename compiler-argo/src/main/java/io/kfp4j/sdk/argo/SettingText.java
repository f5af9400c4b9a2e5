package io.kfp4j.sdk.argo;

import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.RawContainer;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.ir.VolumeClaim;
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
 * @param claimSize for a VolumeOp, the size of its claim; else {@code null}
 * @param env environment variables given when the pipeline runs, by name
 * @param podLabels pod labels given when the pipeline runs
 * @param podAnnotations pod annotations given when the pipeline runs
 * @param image a raw container's image given when the pipeline runs, or {@code null}
 * @param sidecarImages the image of each sidecar, in order
 */
record SettingText(Map<String, Object> requests, Map<String, Object> limits, List<Map<String, Object>> volumes,
    String claimSize, Map<String, String> env, Map<String, String> podLabels, Map<String, String> podAnnotations, String image,
    List<String> sidecarImages) {

  /**
   * Writes a task's run-time settings, recording in {@code used} each value they read: the claim's size first, then
   * the requests, the limits, the volumes, the environment, the pod labels, the pod annotations, a raw container's
   * image and the sidecars' images, in order.
   */
  static SettingText write(TaskNode node, GroupTree tree, Set<ParamRef> used, String where) {
    TaskSettings settings = node.settings();
    VolumeClaim claim = node.volumeClaim();
    String size = claim == null ? null : (String) text(claim.size(), tree, used, where);
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
        out.putAll(((Volume.Plain) volume).source());
      }
      volumes.add(out);
    }
    Map<String, String> env = new LinkedHashMap<>();
    for (EnvVar var : settings.env()) {
      if (var instanceof EnvVar.Given given) {
        env.put(given.name(), String.valueOf(text(given.value(), tree, used, where)));
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
    return new SettingText(requests, limits, volumes, size, env, labels, annotations, image, sidecarImages);
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

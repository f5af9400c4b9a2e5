package io.kfp4j.sdk.task;

import java.util.Map;

/**
 * A Kubernetes volume of a task's pod, as its JSON form ({@code {name, persistentVolumeClaim: {...}}}).
 *
 * @param name the volume's name
 * @param source the volume source: one key such as {@code persistentVolumeClaim}, {@code emptyDir},
 *     {@code secret} or {@code configMap}, with its settings
 */
public record Volume(String name, Map<String, Object> source) {
  public Volume {
    source = OrderedMaps.copy(source);
  }

  /** A volume backed by an existing persistent volume claim. */
  public static Volume pvc(String name, String claimName) {
    return new Volume(name, Map.of("persistentVolumeClaim", Map.of("claimName", claimName)));
  }

  /** An empty folder that lives as long as the pod. */
  public static Volume emptyDir(String name) {
    return new Volume(name, Map.of("emptyDir", Map.of()));
  }
}

package io.kfp4j.sdk.task;

import java.util.Map;
import java.util.Objects;

/** A Kubernetes volume of a task's pod: any volume source fixed when the pipeline is built, or a claim. */
public sealed interface Volume {

  /** The volume's name in the pod. */
  String name();

  /** The values given when the pipeline runs that the volume reads (a claim's name, a secret's name), in order. */
  default java.util.List<io.kfp4j.sdk.ir.ArgumentValue> references() {
    java.util.List<io.kfp4j.sdk.ir.ArgumentValue> refs = new java.util.ArrayList<>();
    if (this instanceof Claim c) {
      c.claimName().reference().ifPresent(refs::add);
    } else {
      collect(((Plain) this).source(), refs);
    }
    return refs;
  }

  private static void collect(Object node, java.util.List<io.kfp4j.sdk.ir.ArgumentValue> refs) {
    if (node instanceof Map<?, ?> map) {
      map.values().forEach(v -> collect(v, refs));
    } else if (node instanceof java.util.List<?> list) {
      list.forEach(v -> collect(v, refs));
    } else if (node instanceof SettingValue value) {
      value.reference().ifPresent(refs::add);
    }
  }

  /**
   * A volume by its Kubernetes JSON form ({@code {name, secret: {...}}}).
   *
   * @param name the volume's name
   * @param source the volume source: one key such as {@code persistentVolumeClaim}, {@code emptyDir},
   *     {@code secret} or {@code configMap}, with its settings; a setting given when the pipeline runs (the name of
   *     a secret a {@code ResourceOp} creates) is a {@link SettingValue} leaf
   */
  record Plain(String name, Map<String, Object> source) implements Volume {
    public Plain {
      Objects.requireNonNull(name, "name");
      source = OrderedMaps.copy(source);
    }
  }

  /**
   * A volume backed by a persistent volume claim, whose name may be given when the pipeline runs (the claim a
   * {@code VolumeOp} creates); written as {@code {name, persistentVolumeClaim: {claimName}}}.
   *
   * @param name the volume's name
   * @param claimName the claim's name
   */
  record Claim(String name, SettingValue claimName) implements Volume {
    public Claim {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(claimName, "claimName");
      if (claimName instanceof SettingValue.WholeNumber) {
        throw new IllegalArgumentException("a claim name is text, not the number " + claimName);
      }
    }
  }

  /** A volume by its Kubernetes volume source ({@code Map.of("secret", Map.of("secretName", "user-gcp-sa"))}). */
  static Volume of(String name, Map<String, Object> source) {
    return new Plain(name, source);
  }

  /** A volume backed by an existing persistent volume claim. */
  static Volume pvc(String name, String claimName) {
    return new Claim(name, SettingValue.of(claimName));
  }

  /** An empty folder that lives as long as the pod. */
  static Volume emptyDir(String name) {
    return new Plain(name, Map.of("emptyDir", Map.of()));
  }
}

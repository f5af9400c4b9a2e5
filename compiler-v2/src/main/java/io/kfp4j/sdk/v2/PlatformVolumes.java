package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.TaskSettings;
import io.kfp4j.sdk.task.Volume;
import io.kfp4j.sdk.task.VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A task's mounted volumes as kfp-kubernetes writes them: a claim as {@code pvcMount} ({@code mount_pvc}), a secret as
 * {@code secretAsVolume}, a config map as {@code configMapAsVolume}, an empty folder as {@code emptyDirMounts}; KFP v2
 * has no other volume, and no volume without a mount path.
 */
final class PlatformVolumes {
  /** The keys of each volume source KFP v2 can take, with the settings it can take. */
  private static final Map<String, Set<String>> SOURCES = Map.of(
      "persistentVolumeClaim", Set.of("claimName"),
      "secret", Set.of("secretName", "optional"),
      "configMap", Set.of("name", "optional"),
      "emptyDir", Set.of("medium", "sizeLimit"));

  private PlatformVolumes() {}

  /** Writes each mount into {@code out}, in the order of the mounts. */
  static void mounts(TaskSettings s, ObjectNode out, ParameterSpecs params, String where) {
    for (VolumeMount mount : s.volumeMounts()) {
      Volume volume = volume(s, mount).orElseThrow();
      String at = where + ", volume \"" + volume.name() + "\"";
      if (volume instanceof Volume.Claim claim) {
        pvc(out, mount, claim.claimName(), params, at);
        continue;
      }
      Map<String, Object> source = ((Volume.Plain) volume).source();
      String kind = source.keySet().iterator().next();
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) source.get(kind);
      switch (kind) {
        case "persistentVolumeClaim" -> pvc(out, mount, setting(fields.get("claimName")), params, at);
        case "secret" -> {
          ObjectNode entry = KubernetesPlatform.array(out, "secretAsVolume").addObject();
          entry.put("mountPath", mount.mountPath());
          entry.put("optional", Boolean.TRUE.equals(fields.get("optional")));
          KubernetesPlatform.named(entry, "secretName", setting(fields.get("secretName")), params, at);
        }
        case "configMap" -> {
          ObjectNode entry = KubernetesPlatform.array(out, "configMapAsVolume").addObject();
          entry.put("mountPath", mount.mountPath());
          entry.put("optional", Boolean.TRUE.equals(fields.get("optional")));
          KubernetesPlatform.named(entry, "configMapName", setting(fields.get("name")), params, at);
        }
        default -> {
          ObjectNode entry = KubernetesPlatform.array(out, "emptyDirMounts").addObject();
          if (fields.get("medium") != null) {
            entry.put("medium", text(fields.get("medium")));
          }
          entry.put("mountPath", mount.mountPath());
          if (fields.get("sizeLimit") != null) {
            entry.put("sizeLimit", text(fields.get("sizeLimit")));
          }
          entry.put("volumeName", volume.name());
        }
      }
    }
  }

  /** Adds what of the task's volumes and mounts KFP v2 cannot express to {@code out}. */
  static void inexpressible(TaskSettings s, List<String> out) {
    for (Volume volume : s.volumes()) {
      if (s.volumeMounts().stream().noneMatch(m -> m.name().equals(volume.name()))) {
        out.add("volume \"" + volume.name() + "\" without a mount: KFP v2 adds a volume only where it is mounted");
      }
    }
    for (VolumeMount mount : s.volumeMounts()) {
      Optional<Volume> found = volume(s, mount);
      String at = "volume mount \"" + mount.name() + "\" at " + mount.mountPath();
      if (found.isEmpty()) {
        out.add(at + ": the pod has no volume of that name");
        continue;
      }
      String kind = found.get() instanceof Volume.Claim ? "persistentVolumeClaim"
          : ((Volume.Plain) found.get()).source().size() == 1
              ? ((Volume.Plain) found.get()).source().keySet().iterator().next() : null;
      if (kind == null || !SOURCES.containsKey(kind)) {
        out.add(at + ": KFP v2 mounts only claims, secrets, config maps and empty folders, not "
            + ((Volume.Plain) found.get()).source().keySet());
        continue;
      }
      if (found.get() instanceof Volume.Plain plain) {
        Object fields = plain.source().get(kind);
        if (!(fields instanceof Map<?, ?> map)) {
          out.add(at + ": its " + kind + " source is not a mapping");
          continue;
        }
        map.keySet().stream().filter(k -> !SOURCES.get(kind).contains(k)).forEach(k ->
            out.add(at + ": " + kind + "." + k + " is not among what KFP v2 takes (" + SOURCES.get(kind) + ")"));
        String name = kind.equals("secret") ? "secretName" : kind.equals("configMap") ? "name"
            : kind.equals("persistentVolumeClaim") ? "claimName" : null;
        if (name != null && setting(map.get(name)) == null) {
          out.add(at + ": " + kind + "." + name + " must be text, not " + map.get(name));
        }
        if (kind.equals("emptyDir")) {
          map.values().stream().filter(v -> !(v instanceof String || v instanceof SettingValue.Constant))
              .forEach(v -> out.add(at + ": emptyDir settings are constants in KFP v2, not " + v));
        }
      }
      if (mount.readOnly() && !kind.equals("secret") && !kind.equals("configMap")) {
        out.add(at + " read-only: KFP v2 mounts claims and empty folders read-write");
      }
      if (mount.subPath() != null && !kind.equals("persistentVolumeClaim")) {
        out.add(at + " with sub-path \"" + mount.subPath() + "\": KFP v2 takes a sub-path for claims only");
      }
    }
  }

  private static void pvc(ObjectNode out, VolumeMount mount, SettingValue claim, ParameterSpecs params, String at) {
    ObjectNode entry = KubernetesPlatform.array(out, "pvcMount").addObject();
    entry.put("mountPath", mount.mountPath());
    ObjectNode spec = KubernetesPlatform.parameter(claim, params, at);
    entry.set("pvcNameParameter", spec);
    // the deprecated one-of that kfp-kubernetes still writes beside pvcNameParameter
    if (spec.has("componentInputParameter")) {
      entry.set("componentInputParameter", spec.get("componentInputParameter"));
    } else if (spec.has("taskOutputParameter")) {
      entry.set("taskOutputParameter", spec.get("taskOutputParameter").deepCopy());
    } else if (claim instanceof SettingValue.Constant c) {
      entry.put("constant", c.text());
    }
    if (mount.subPath() != null && !mount.subPath().isEmpty()) {
      entry.put("subPath", mount.subPath());
    }
  }

  private static Optional<Volume> volume(TaskSettings s, VolumeMount mount) {
    return s.volumes().stream().filter(v -> v.name().equals(mount.name())).findFirst();
  }

  /** A source's name field as a setting: text as a constant, a {@link SettingValue} as itself, else {@code null}. */
  private static SettingValue setting(Object value) {
    if (value instanceof String text) {
      return SettingValue.of(text);
    }
    return value instanceof SettingValue.Constant || value instanceof SettingValue.Reference ? (SettingValue) value
        : null;
  }

  private static String text(Object value) {
    return value instanceof SettingValue.Constant c ? c.text() : String.valueOf(value);
  }
}

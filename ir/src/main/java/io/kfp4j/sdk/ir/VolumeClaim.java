package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.SettingValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The persistent volume claim a {@code VolumeOp} task creates, as KFP's {@code VolumeOp}: the workflow creates it
 * (named {@code {{workflow.name}}-<resourceName>}) and its outputs {@code name}, {@code manifest} and {@code size}
 * tell later tasks which claim to mount.
 *
 * @param resourceName the claim's name after the workflow's name
 * @param size the requested storage ({@code 10Gi}), possibly given when the pipeline runs (a pipeline parameter)
 * @param accessModes {@code ReadWriteOnce}, {@code ReadWriteMany}, {@code ReadOnlyMany}
 * @param storageClass the storage class, or {@code null} for the cluster's default
 * @param annotations annotations of the claim
 */
public record VolumeClaim(String resourceName, SettingValue size, List<String> accessModes, String storageClass,
    Map<String, String> annotations) {
  public VolumeClaim {
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(size, "size");
    if (size instanceof SettingValue.WholeNumber) {
      throw new IllegalArgumentException("a claim's size is a quantity such as 10Gi, not the number " + size);
    }
    accessModes = List.copyOf(accessModes);
    annotations = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(annotations));
  }
}

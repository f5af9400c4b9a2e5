package io.kfp4j.sdk.task;

/**
 * Where a volume appears in a task's container.
 *
 * @param name the volume's name
 * @param mountPath the folder in the container
 * @param subPath a folder inside the volume, or {@code null}
 * @param readOnly whether the container may only read
 */
public record VolumeMount(String name, String mountPath, String subPath, boolean readOnly) {}

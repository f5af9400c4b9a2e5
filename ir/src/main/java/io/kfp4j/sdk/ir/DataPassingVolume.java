package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.Volume;
import java.util.Objects;

/**
 * Files passed between tasks through one shared volume instead of artifacts, as KFP's
 * {@code PipelineConf.data_passing_method = KubernetesVolume(volume, path_prefix)}: each task mounts a folder of the
 * volume where it writes an output or reads an input, and tasks pass the folder's sub-path as a parameter.
 *
 * @param volume the volume (it should allow many writers when tasks run in parallel); KFP names it
 *     {@code data-storage} in the workflow, whatever its name here
 * @param pathPrefix the folder of the volume under which each task instance writes ({@code artifact_data/})
 */
public record DataPassingVolume(Volume volume, String pathPrefix) {
  public DataPassingVolume {
    Objects.requireNonNull(volume, "volume");
    Objects.requireNonNull(pathPrefix, "pathPrefix");
  }
}

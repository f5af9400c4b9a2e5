package io.kfp4j.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The claim of a {@link VolumeOp}, to mount in later tasks ({@code task.mount(volume, "/data")}), as KFP's
 * {@code PipelineVolume}. Passed on with {@link #after}, it makes the tasks that mount it wait for those tasks too,
 * as KFP's {@code step1.pvolume} does.
 *
 * @param op the VolumeOp that creates the claim
 * @param dependents tasks that mounting tasks must wait for, besides the VolumeOp
 */
public record PipelineVolume(VolumeOp op, List<Task<?>> dependents) {
  public PipelineVolume {
    Objects.requireNonNull(op, "op");
    dependents = List.copyOf(dependents);
  }

  /** The same volume, mounted only after these tasks have run (they wrote what the next task reads). */
  public PipelineVolume after(Task<?>... tasks) {
    List<Task<?>> all = new ArrayList<>(dependents);
    all.addAll(List.of(tasks));
    return new PipelineVolume(op, all);
  }
}

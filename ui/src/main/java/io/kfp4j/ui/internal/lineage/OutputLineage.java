package io.kfp4j.ui.internal.lineage;

import java.util.List;

/**
 * The lineage of one output of one task.
 *
 * @param output the task and output
 * @param file the output's file, store-relative, or {@code null} when it is not there
 * @param cameFrom for a cached task, the task of an earlier run that computed the value, else {@code null}
 * @param consumers the tasks of the same run that read it, each with the input it fed
 * @param reusedBy tasks of later runs that reused it through the cache
 */
public record OutputLineage(TaskRef output, String file, TaskRef cameFrom, List<TaskRef> consumers,
    List<TaskRef> reusedBy) {
  public OutputLineage {
    consumers = List.copyOf(consumers);
    reusedBy = List.copyOf(reusedBy);
  }
}

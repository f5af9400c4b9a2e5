package io.kfp4j.ui.internal.lineage;

import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.sdk.local.TaskRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tasks reused which earlier task's result through the cache, over a whole store. A run's record is read
 * again only when its {@code run.json} changed (time and size), so a server answers from memory for finished runs.
 */
public final class CacheReuses {
  private final RunStore store;
  private final Map<String, Seen> seen = new ConcurrentHashMap<>();

  /** The reuses of a store's runs. */
  public CacheReuses(RunStore store) {
    this.store = store;
  }

  /** What one record said, when it was read. */
  private record Seen(long modified, long size, List<TaskRef> reuses) {}

  /** Task id in its run to the tasks of any run that reused its result, as of now. */
  public synchronized Map<String, List<TaskRef>> index() {
    Map<String, List<TaskRef>> index = new HashMap<>();
    List<Path> dirs;
    try {
      dirs = store.runDirs();
    } catch (java.io.UncheckedIOException e) {
      return index; // a store that cannot be listed has no lineage to show
    }
    java.util.Set<String> present = new java.util.HashSet<>();
    for (Path dir : dirs) {
      String id = dir.getFileName().toString();
      present.add(id);
      for (TaskRef reuse : reusesIn(id, dir.resolve(RunStore.RECORD_FILE))) {
        index.computeIfAbsent(key(reuse.run(), reuse.task()), k -> new ArrayList<>())
            .add(new TaskRef(id, reuse.port(), null));
      }
    }
    seen.keySet().retainAll(present);
    return index;
  }

  /** The key of a task of a run in {@link #index()}. */
  public static String key(String run, String task) {
    return run + "\u0000" + task;
  }

  /** The cached tasks of one record, each as (origin run, origin task, the reusing task's id in {@code port}). */
  private List<TaskRef> reusesIn(String id, Path record) {
    long modified;
    long size;
    try {
      modified = Files.getLastModifiedTime(record).toMillis();
      size = Files.size(record);
    } catch (IOException e) {
      seen.remove(id);
      return List.of();
    }
    Seen known = seen.get(id);
    if (known != null && known.modified() == modified && known.size() == size) {
      return known.reuses();
    }
    List<TaskRef> reuses = new ArrayList<>();
    store.locate(id).filter(r -> r.id().equals(id) && r instanceof StoredRun.Readable).ifPresent(r -> {
      for (TaskRecord t : ((StoredRun.Readable) r).run().tasks().values()) {
        if (t.cachedFrom() != null) {
          reuses.add(new TaskRef(t.cachedFrom().run(), t.cachedFrom().task(), t.id()));
        }
      }
    });
    seen.put(id, new Seen(modified, size, List.copyOf(reuses)));
    return reuses;
  }
}

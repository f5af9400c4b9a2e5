package io.kfp4j.ui.internal.lineage;

import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.ui.internal.store.RunView;
import io.kfp4j.ui.internal.store.StoreFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lineage over a run store: which task of which run produced a file, which tasks read it, and through the cache,
 * which earlier run it came from and which later runs reused it. The cache reuses are taken once, on first use,
 * so make one per page.
 */
public final class Lineage {
  private final RunStore store;
  private final StoreFiles files;
  private final CacheReuses cacheReuses;
  private Map<String, List<TaskRef>> reuses;

  /** Lineage over the runs of a store, reading the cache reuses of every run. */
  public Lineage(RunStore store) {
    this(store, new CacheReuses(store));
  }

  /** Lineage over the runs of a store, with reuses that a server keeps between pages. */
  public Lineage(RunStore store, CacheReuses cacheReuses) {
    this.store = store;
    this.files = new StoreFiles(store.root());
    this.cacheReuses = cacheReuses;
  }

  /** The lineage of a task's output, in a run already read. */
  public OutputLineage of(RunView view, TaskRecord task, String output) {
    String file = files.recorded(task.outputs().get(output)).map(files::relative).orElse(null);
    TaskRef cameFrom = task.cachedFrom() == null ? null
        : new TaskRef(task.cachedFrom().run(), task.cachedFrom().task(), output);
    return new OutputLineage(new TaskRef(view.run().id(), task.id(), output), file, cameFrom,
        consumers(view, task.id(), output), reusedBy(view.run().id(), task.id(), output));
  }

  /**
   * The output a store-relative file belongs to: a task's output file (or a file inside an output folder), or a
   * task's input file, which leads to the output that fed it.
   */
  public Optional<TaskRef> producerOf(String relativeFile) {
    Optional<Path> file = files.resolve(relativeFile);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Path path = file.get();
    Path runs = store.root().resolve("runs");
    if (!path.startsWith(runs) || path.getNameCount() <= runs.getNameCount()) {
      return Optional.empty();
    }
    String runId = path.getName(runs.getNameCount()).toString();
    Optional<StoredRun> stored = store.locate(runId).filter(r -> r.id().equals(runId));
    if (stored.isEmpty() || !(stored.get() instanceof StoredRun.Readable readable)) {
      return Optional.empty();
    }
    RunRecord run = readable.run();
    for (TaskRecord task : run.tasks().values()) {
      for (Map.Entry<String, String> out : task.outputs().entrySet()) {
        if (files.recorded(out.getValue()).filter(path::startsWith).isPresent()) {
          return Optional.of(new TaskRef(run.id(), task.id(), out.getKey()));
        }
      }
      for (Map.Entry<String, String> in : task.inputs().entrySet()) {
        if (files.recorded(in.getValue()).filter(path::startsWith).isPresent()) {
          return feeding(RunView.of(run, store.graph(run.id())), task, in.getKey());
        }
      }
    }
    return Optional.empty();
  }

  /** The output that fed a task's input, when the input was another task's output. */
  public static Optional<TaskRef> feeding(RunView view, TaskRecord task, String input) {
    for (RunGraph.Edge edge : view.graph().edges()) {
      if (edge.to().equals(task.task()) && input.equals(edge.input()) && edge.output() != null) {
        String indices = RunView.indices(task.id());
        // the producer is the iteration whose indices start this task's (or the one task outside the loop)
        for (TaskRecord candidate : view.recordsOf(edge.from())) {
          if (indices.startsWith(RunView.indices(candidate.id()))) {
            return Optional.of(new TaskRef(view.run().id(), candidate.id(), edge.output()));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<TaskRef> consumers(RunView view, String taskId, String output) {
    List<TaskRef> out = new ArrayList<>();
    String base = RunView.baseName(taskId);
    String indices = RunView.indices(taskId);
    for (RunGraph.Edge edge : view.graph().edges()) {
      if (!edge.from().equals(base) || !output.equals(edge.output())) {
        continue;
      }
      List<TaskRecord> readers = view.recordsOf(edge.to());
      if (readers.isEmpty() && view.graph().groups().stream().anyMatch(g -> g.name().equals(edge.to()))) {
        out.add(new TaskRef(view.run().id(), edge.to(), edge.input())); // a loop's items or a condition's operand
      }
      for (TaskRecord reader : readers) {
        if (RunView.indices(reader.id()).startsWith(indices) && !out.contains(ref(view, reader, edge))) {
          out.add(ref(view, reader, edge));
        }
      }
    }
    return out;
  }

  private static TaskRef ref(RunView view, TaskRecord reader, RunGraph.Edge edge) {
    return new TaskRef(view.run().id(), reader.id(), edge.input());
  }

  private synchronized List<TaskRef> reusedBy(String runId, String taskId, String output) {
    if (reuses == null) {
      reuses = cacheReuses.index();
    }
    return reuses.getOrDefault(CacheReuses.key(runId, taskId), List.of()).stream()
        .map(r -> new TaskRef(r.run(), r.task(), output)).toList();
  }
}

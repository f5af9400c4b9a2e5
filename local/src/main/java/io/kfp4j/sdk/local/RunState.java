package io.kfp4j.sdk.local;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * The record of the run in progress: every change is made here, one at a time, and saved to {@code run.json}.
 * Saves are coalesced (at most one every {@link #COALESCE_MILLIS} ms, or four times the last save's duration for
 * very large runs) and written outside the lock, so that runs of thousands of fast tasks do not wait on the
 * record; the final state is saved at once, and a late save of an older state never overwrites a newer one.
 */
final class RunState implements AutoCloseable {
  static final long COALESCE_MILLIS = 50;

  private final RunStore store;
  private final LiveListener listener;
  private final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
  private final Object writeLock = new Object();
  private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "kfp4j-run-record");
    t.setDaemon(true);
    return t;
  });
  private RunRecord record;
  private long version;
  private long writtenVersion;
  private long lastSaveNanos;
  private long lastSaveCostMillis;
  private boolean flushScheduled;

  /** Told of every task state change, e.g. to print progress. */
  interface LiveListener {
    void taskChanged(TaskRecord task);
  }

  RunState(RunStore store, RunRecord initial, LiveListener listener) {
    this.store = store;
    this.record = initial;
    this.listener = listener;
    store.save(initial);
    StoreSpace.reserve(store.runDir(initial.id()));
    lastSaveNanos = System.nanoTime();
  }

  /** Applies a change to a task's record (created from {@code ifAbsent}) and saves soon. */
  void task(String id, UnaryOperator<TaskRecord> change, TaskRecord ifAbsent) {
    TaskRecord before;
    TaskRecord after;
    synchronized (this) {
      before = tasks.getOrDefault(id, ifAbsent);
      after = change.apply(before);
      tasks.put(id, after);
      version++;
      scheduleSave();
    }
    if (listener != null && (before == null || before.status() != after.status())) {
      listener.taskChanged(after);
    }
  }

  synchronized TaskRecord task(String id) {
    return tasks.get(id);
  }

  synchronized Map<String, TaskRecord> tasks() {
    return Map.copyOf(tasks);
  }

  /**
   * Ends the run with a final status, saved at once; when the store is full, the run's reserve is given back for
   * this last record.
   */
  void finish(RunStatus status, String message) {
    RunRecord last;
    long v;
    synchronized (this) {
      record = current(status, Instant.now(), message);
      last = record;
      v = ++version;
    }
    try {
      write(last, v);
    } catch (java.io.UncheckedIOException e) {
      if (!StoreSpace.release(store.runDir(last.id()))) {
        throw e;
      }
      write(last, v);
    }
    StoreSpace.release(store.runDir(last.id()));
  }

  synchronized RunRecord snapshot() {
    return current(record.status(), record.finishedAt(), record.message());
  }

  @Override
  public void close() {
    flusher.shutdownNow();
  }

  private void scheduleSave() {
    if (flushScheduled) {
      return;
    }
    flushScheduled = true;
    long sinceLast = (System.nanoTime() - lastSaveNanos) / 1_000_000;
    long interval = Math.max(COALESCE_MILLIS, 4 * lastSaveCostMillis);
    try {
      flusher.schedule(this::flush, Math.max(0, interval - sinceLast), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      flushScheduled = false; // closed: the final save has been made
    }
  }

  private void flush() {
    RunRecord snapshot;
    long v;
    synchronized (this) {
      flushScheduled = false;
      snapshot = current(record.status(), record.finishedAt(), record.message());
      v = version;
    }
    write(snapshot, v);
  }

  private void write(RunRecord snapshot, long v) {
    synchronized (writeLock) {
      if (v <= writtenVersion) {
        return;
      }
      long start = System.nanoTime();
      store.save(snapshot);
      writtenVersion = v;
      lastSaveNanos = System.nanoTime();
      lastSaveCostMillis = (lastSaveNanos - start) / 1_000_000;
    }
  }

  private RunRecord current(RunStatus status, Instant finishedAt, String message) {
    return new RunRecord(record.id(), record.name(), record.pipeline(), record.experiment(), record.parameters(),
        status, record.runner(), record.pid(), record.startedAt(), finishedAt, message, new LinkedHashMap<>(tasks),
        record.pidStartTicks());
  }
}

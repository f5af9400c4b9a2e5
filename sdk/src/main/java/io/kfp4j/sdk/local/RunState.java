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
 * Saves are coalesced to at most one every {@link #COALESCE_MILLIS} ms, so that runs of thousands of fast tasks
 * do not spend their time rewriting the record; the final state is saved at once.
 */
final class RunState implements AutoCloseable {
  static final long COALESCE_MILLIS = 50;

  private final RunStore store;
  private final LiveListener listener;
  private final Map<String, TaskRecord> tasks = new LinkedHashMap<>();
  private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "kfp4j-run-record");
    t.setDaemon(true);
    return t;
  });
  private RunRecord record;
  private long lastSave;
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
    lastSave = System.nanoTime();
  }

  /** Applies a change to a task's record (created from {@code ifAbsent}) and saves. */
  synchronized void task(String id, UnaryOperator<TaskRecord> change, TaskRecord ifAbsent) {
    TaskRecord before = tasks.getOrDefault(id, ifAbsent);
    TaskRecord after = change.apply(before);
    tasks.put(id, after);
    saveSoon();
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

  /** Ends the run with a final status, saved at once. */
  synchronized void finish(RunStatus status, String message) {
    record = current(status, Instant.now(), message);
    store.save(record);
    lastSave = System.nanoTime();
  }

  synchronized RunRecord snapshot() {
    return current(record.status(), record.finishedAt(), record.message());
  }

  @Override
  public void close() {
    flusher.shutdownNow();
  }

  private void saveSoon() {
    long sinceLast = (System.nanoTime() - lastSave) / 1_000_000;
    if (sinceLast >= COALESCE_MILLIS) {
      saveNow();
    } else if (!flushScheduled) {
      flushScheduled = true;
      flusher.schedule(() -> {
        synchronized (this) {
          flushScheduled = false;
          saveNow();
        }
      }, COALESCE_MILLIS - sinceLast, TimeUnit.MILLISECONDS);
    }
  }

  private void saveNow() {
    record = current(record.status(), record.finishedAt(), record.message());
    store.save(record);
    lastSave = System.nanoTime();
  }

  private RunRecord current(RunStatus status, Instant finishedAt, String message) {
    return new RunRecord(record.id(), record.name(), record.pipeline(), record.experiment(), record.parameters(),
        status, record.runner(), record.pid(), record.startedAt(), finishedAt, message, new LinkedHashMap<>(tasks));
  }
}

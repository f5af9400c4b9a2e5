package io.kfp4j.images;

import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Turns jib's events into a few lines for a person: warnings and errors as they come, and, once a build has run
 * for a while (a push of large layers), its progress in steps of 10%. Thread-safe: jib reports from many threads.
 */
final class BuildProgress {
  private static final Duration QUIET_START = Duration.ofSeconds(2);

  private final Consumer<String> sink;
  private final long start = System.nanoTime();
  private double done;
  private int lastStep;

  BuildProgress(Consumer<String> sink) {
    this.sink = sink;
  }

  synchronized void onProgress(ProgressEvent event) {
    done += event.getUnits() * event.getAllocation().getFractionOfRoot()
        / Math.max(1, event.getAllocation().getAllocationUnits());
    int step = (int) Math.min(10, Math.floor(done * 10));
    if (step > lastStep && System.nanoTime() - start > QUIET_START.toNanos()) {
      lastStep = step;
      sink.accept(String.format("  %3d%% (%.1f s)", step * 10, (System.nanoTime() - start) / 1e9));
    }
  }

  void onLog(LogEvent event) {
    switch (event.getLevel()) {
      case ERROR, WARN -> emit(event.getLevel().name().toLowerCase(java.util.Locale.ROOT) + ": " + event.getMessage());
      default -> { }
    }
  }

  synchronized void emit(String line) {
    sink.accept(line);
  }
}

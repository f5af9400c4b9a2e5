package io.kfp4j.sdk.local;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A run folder of a {@link RunStore}, as found: a readable record, or why it cannot be read. */
public sealed interface StoredRun {

  /** The run's id: its folder's name. */
  String id();

  /** When it started, or for an unreadable record when its file last changed; orders listings. */
  Instant time();

  /** The records that read, in the order given. */
  static List<RunRecord> readable(List<StoredRun> runs) {
    return runs.stream().filter(r -> r instanceof Readable).map(r -> ((Readable) r).run()).toList();
  }

  /** The run folders whose record does not read, in the order given. */
  static List<Unreadable> unreadable(List<StoredRun> runs) {
    return runs.stream().filter(r -> r instanceof Unreadable).map(r -> (Unreadable) r).toList();
  }

  /** A record that reads. @param run the record, as seen now */
  record Readable(RunRecord run) implements StoredRun {
    @Override
    public String id() {
      return run.id();
    }

    @Override
    public Instant time() {
      return run.startedAt();
    }
  }

  /**
   * A run folder whose record does not read: corrupt, half-written or missing.
   *
   * @param id the folder's name
   * @param file the record's file
   * @param problem what is wrong with it, and where
   * @param time when the folder or file last changed
   */
  record Unreadable(String id, Path file, String problem, Instant time) implements StoredRun {}
}

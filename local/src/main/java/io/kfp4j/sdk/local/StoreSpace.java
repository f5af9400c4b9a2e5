package io.kfp4j.sdk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Room in the run store: whether it is full, said with the file system's own error, and a small reserve kept per
 * running run so that its final record can still be written once the disk has filled.
 */
final class StoreSpace {
  /** The size of the probe written to tell whether the store is full, and of a run's reserve. */
  static final int PROBE_BYTES = 64 * 1024;
  static final int RESERVE_BYTES = 256 * 1024;
  static final String RESERVE = ".space-reserve";

  private StoreSpace() {}

  /**
   * Why the store that holds a run has no room, or {@code null} when it has: a probe of {@link #PROBE_BYTES} is
   * written beside the run and removed; the text names the store and the file system's error.
   */
  static String shortage(Path runDir) {
    Path probe = runDir.resolve(".space-probe");
    try {
      Files.write(probe, new byte[PROBE_BYTES]);
      return null;
    } catch (IOException e) {
      return "the run store " + store(runDir) + " is out of space: " + reason(e) + "; " + free(runDir)
          + " bytes are free on its file system";
    } finally {
      try {
        Files.deleteIfExists(probe);
      } catch (IOException ignored) {
        // nothing more to free
      }
    }
  }

  /** The file system's error, without the path Java puts first. */
  static String reason(IOException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int colon = message.lastIndexOf(": ");
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
        : colon >= 0 ? message.substring(colon + 2) : message;
  }

  /** Sets aside room for a run's last record; best effort (a store already full has none to give). */
  static void reserve(Path runDir) {
    try {
      Files.write(runDir.resolve(RESERVE), new byte[RESERVE_BYTES]);
    } catch (IOException e) {
      release(runDir);
    }
  }

  /** Gives the reserve back; returns whether there was one. */
  static boolean release(Path runDir) {
    try {
      return Files.deleteIfExists(runDir.resolve(RESERVE));
    } catch (IOException e) {
      return false;
    }
  }

  private static Path store(Path runDir) {
    Path runs = runDir.getParent();
    return runs == null || runs.getParent() == null ? runDir : runs.getParent();
  }

  private static long free(Path runDir) {
    try {
      return Files.getFileStore(runDir).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }
}

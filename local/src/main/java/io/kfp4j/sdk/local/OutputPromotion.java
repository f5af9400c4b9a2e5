package io.kfp4j.sdk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outputs are written to {@code tasks/<id>/outputs.partial/} and promoted to {@code tasks/<id>/outputs/} in one
 * rename once the task has succeeded, so that {@code outputs/} only ever holds complete outputs: a task killed while
 * writing (with its engine, or by a full disk) leaves at most a partial folder, which nothing reads.
 */
final class OutputPromotion {
  /** The name of the folder a task's outputs are written to while it runs. */
  static final String STAGING = "outputs.partial";

  private OutputPromotion() {}

  /** Where a task's outputs are written while it runs. */
  static Path staging(Path taskDir) {
    return taskDir.resolve(STAGING);
  }

  /** Where a task's outputs are once it has succeeded. */
  static Path promoted(Path taskDir) {
    return taskDir.resolve("outputs");
  }

  /** Moves the written outputs to their final folder at once; returns their final paths, by output name. */
  static Map<String, Path> promote(Path taskDir, Map<String, Path> written) {
    Path staging = staging(taskDir);
    Path target = promoted(taskDir);
    Map<String, Path> moved = new LinkedHashMap<>();
    written.forEach((name, path) -> moved.put(name, path.startsWith(staging) ? afterPromotion(staging, path) : path));
    if (!Files.isDirectory(staging)) {
      return moved;
    }
    try {
      TaskCache.delete(target); // an earlier engine's, never complete: outputs/ is only ever made by this rename
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot promote the outputs of " + taskDir + " (" + staging + " to " + target
          + "): " + e.getMessage(), e);
    }
    return moved;
  }

  /** A path written under any task's staging folder, where it is once promoted; other paths unchanged. */
  static Path afterPromotion(Path written) {
    for (Path p = written; p != null; p = p.getParent()) {
      if (p.getFileName() != null && p.getFileName().toString().equals(STAGING)) {
        return afterPromotion(p, written);
      }
    }
    return written;
  }

  /** A path under the staging folder {@code staging}, where it is once promoted. */
  private static Path afterPromotion(Path staging, Path written) {
    return promoted(staging.getParent()).resolve(staging.relativize(written));
  }

  /** Removes what a failed task wrote: never promoted, and on a full disk its space is needed. */
  static void discard(Path taskDir) {
    try {
      TaskCache.delete(staging(taskDir));
    } catch (IOException e) {
      // left as it is: nothing reads outputs.partial
    }
  }
}

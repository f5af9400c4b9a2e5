package io.kfp4j.sdk.local;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.task.CacheStaleness;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Results of earlier runs, reused when a task runs the same component (same digest) on the same inputs (same
 * values, same input file contents): {@code <root>/cache/<key>/<output>/data}.
 */
final class TaskCache {
  /**
   * The file in an entry that names the run and task that computed it; its {@code #} cannot be in an output's file
   * name ({@link io.kfp4j.runtime.spec.KfpNames#fileName}), so no output collides with it.
   */
  static final String ORIGIN = "#origin.json";

  private final Path dir;

  TaskCache(Path root) {
    this.dir = root.resolve("cache");
  }

  /** The cache key: the component's digest and every input's value or file content. */
  static String key(String digest, Map<String, String> values, Map<String, Path> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(digest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update(PythonJson.dumps(new TreeMap<>(values)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      for (Map.Entry<String, Path> file : new TreeMap<>(files).entrySet()) {
        sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        hash(file.getValue(), sha);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a hit gives: the restored outputs, and the task that computed them when the entry says so. */
  record Hit(Map<String, Path> outputs, TaskRecord.CacheOrigin origin) {}

  /**
   * The cached outputs of a key, copied to the task's output paths; empty on a miss, or when the entry is older than
   * the staleness allows (its age counted from when it was stored).
   */
  Optional<Hit> restore(String key, Map<String, Path> outputPaths, CacheStaleness staleness) {
    Path entry = dir.resolve(key);
    if (!Files.isDirectory(entry) || staleness != null && !staleness.allowsAge(age(entry))) {
      return Optional.empty();
    }
    Map<String, Path> restored = new LinkedHashMap<>();
    for (Map.Entry<String, Path> output : outputPaths.entrySet()) {
      Path cached = entry.resolve(io.kfp4j.runtime.spec.KfpNames.fileName(output.getKey()));
      if (!Files.exists(cached)) {
        return Optional.empty();
      }
      copy(cached, output.getValue());
      restored.put(output.getKey(), output.getValue());
    }
    return Optional.of(new Hit(restored, origin(entry)));
  }

  /** Stores a task's outputs under its key, with the run and task that computed them. */
  void store(String key, Map<String, Path> outputs, TaskRecord.CacheOrigin origin) {
    Path entry = dir.resolve(key);
    Path temp = dir.resolve(key + ".partial-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
    try {
      Files.createDirectories(temp);
      for (Map.Entry<String, Path> output : outputs.entrySet()) {
        copy(output.getValue(), temp.resolve(io.kfp4j.runtime.spec.KfpNames.fileName(output.getKey())));
      }
      RunStore.JSON.writeValue(temp.resolve(ORIGIN).toFile(), origin);
      if (!Files.exists(entry)) {
        Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE);
      } else {
        delete(temp);
      }
    } catch (IOException e) {
      // a cache that cannot be written is a cache miss next time, not a failed task
      try {
        delete(temp);
      } catch (IOException ignored) {
        // nothing more to do
      }
    }
  }

  /** How long ago the entry was stored: its folder's time, set when it was moved into place. */
  private static Duration age(Path entry) {
    try {
      return Duration.between(Files.getLastModifiedTime(entry).toInstant(), Instant.now());
    } catch (IOException e) {
      return ChronoUnit.FOREVER.getDuration(); // an entry whose age cannot be read is too old for any limit
    }
  }

  /** The entry's origin, or {@code null} for entries written before origins were kept or unreadable ones. */
  private static TaskRecord.CacheOrigin origin(Path entry) {
    Path file = entry.resolve(ORIGIN);
    try {
      return Files.isRegularFile(file) ? RunStore.JSON.readValue(file.toFile(), TaskRecord.CacheOrigin.class) : null;
    } catch (IOException e) {
      return null; // provenance is a nicety: a hit without it is still a hit
    }
  }

  private static void hash(Path path, MessageDigest sha) {
    try {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            sha.update(path.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            hash(f, sha);
          }
        }
        return;
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] buffer = new byte[65536];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + path + " to compute the cache key: " + e.getMessage(), e);
    }
  }

  static void copy(Path from, Path to) {
    try {
      Files.createDirectories(to.getParent());
      if (Files.isDirectory(from)) {
        try (Stream<Path> files = Files.walk(from)) {
          for (Path f : files.toList()) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
              Files.createDirectories(target);
            } else {
              Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        }
      } else {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
    }
  }

  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    }
  }
}

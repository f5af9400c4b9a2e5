package io.kfp4j.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files a goal writes into an output folder, remembered there ({@value #LIST}), so that the next run removes the
 * ones it no longer writes: the workflow of a pipeline renamed or removed, the spec of a component renamed, which a
 * script uploading {@code target/kfp4j/pipelines/*} would otherwise send again. Files the goal did not write are
 * never touched.
 */
final class WrittenFiles {
  /** The list, one file name per line, in the folder it describes. */
  static final String LIST = ".kfp4j-written";

  private final Path dir;
  private final Set<String> before;
  private final Set<String> now = new TreeSet<>();

  private WrittenFiles(Path dir, Set<String> before) {
    this.dir = dir;
    this.before = before;
  }

  /** The record of a folder; an unreadable list counts as empty (nothing is removed). */
  static WrittenFiles in(Path dir) {
    Set<String> before = new TreeSet<>();
    try {
      Path list = dir.resolve(LIST);
      if (Files.isRegularFile(list)) {
        Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
            .filter(name -> !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith("."))
            .forEach(before::add);
      }
    } catch (IOException e) {
      before.clear();
    }
    return new WrittenFiles(dir, before);
  }

  /** Notes a file this run wrote into the folder. */
  void wrote(Path file) {
    now.add(file.getFileName().toString());
  }

  /**
   * Removes the files the last run wrote and this one did not, and records this run's.
   *
   * @return the names removed
   */
  List<String> removeStale() throws IOException {
    List<String> removed = new ArrayList<>();
    for (String name : before) {
      if (!now.contains(name) && Files.deleteIfExists(dir.resolve(name))) {
        removed.add(name);
      }
    }
    record(now);
    return removed;
  }

  /** Records this run's files beside the last run's, removing none (a run that wrote only some of them). */
  void keepOthers() throws IOException {
    Set<String> all = new TreeSet<>(before);
    all.addAll(now);
    all.removeIf(name -> !Files.exists(dir.resolve(name)));
    record(all);
  }

  private void record(Set<String> names) throws IOException {
    Files.createDirectories(dir);
    Files.write(dir.resolve(LIST), names, StandardCharsets.UTF_8);
  }
}

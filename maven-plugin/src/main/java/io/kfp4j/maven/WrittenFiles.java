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
 * The files a goal writes into an output folder, remembered there in a list of their names ({@code .kfp4j-pipelines},
 * {@code .kfp4j-components}: one per kind, so that two kinds may share a folder), so that the next run removes the
 * ones it no longer writes: the workflow of a pipeline renamed or removed, the spec of a component renamed, which a
 * script uploading {@code target/kfp4j/pipelines/*} would otherwise send again. Files the goal did not write are
 * never touched.
 */
final class WrittenFiles {
  private final Path dir;
  private final String list;
  private final Set<String> before;
  private final Set<String> now = new TreeSet<>();

  private WrittenFiles(Path dir, String list, Set<String> before) {
    this.dir = dir;
    this.list = list;
    this.before = before;
  }

  /**
   * The record of one kind of file in a folder; an unreadable list counts as empty (nothing is removed).
   *
   * @param list the list's file name in the folder, one file name per line ({@code .kfp4j-pipelines})
   */
  static WrittenFiles in(Path dir, String list) {
    Set<String> before = new TreeSet<>();
    try {
      Path file = dir.resolve(list);
      if (Files.isRegularFile(file)) {
        Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
            .filter(name -> !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith("."))
            .forEach(before::add);
      }
    } catch (IOException e) {
      before.clear();
    }
    return new WrittenFiles(dir, list, before);
  }

  /** The list's file name, for messages. */
  String list() {
    return list;
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
    Files.write(dir.resolve(list), names, StandardCharsets.UTF_8);
  }
}

package io.kfp4j.sdk.v2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * KFP 2.x's compiled goldens in the shared reference ({@code kfp-v2/goldens}, with {@code critical/} and
 * {@code essential/}), found through the {@code kfp4j.reference} system property the parent pom sets.
 */
final class KfpV2Goldens {
  private KfpV2Goldens() {}

  /** The goldens folder. @throws IllegalStateException when the property or the folder is missing */
  static Path dir() {
    String root = System.getProperty("kfp4j.reference");
    if (root == null || root.isBlank()) {
      throw new IllegalStateException("system property kfp4j.reference is not set; run the tests with Maven (the"
          + " parent pom sets it to ../shared/reference) or pass -Dkfp4j.reference=/path/to/shared/reference");
    }
    Path dir = Path.of(root, "kfp-v2", "goldens");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("KFP v2 goldens " + dir + " are missing (kfp4j.reference=" + root + ")");
    }
    return dir;
  }

  /** A golden by its path under the goldens folder ({@code critical/pipeline_with_secret_as_env.yaml}). */
  static Path file(String relative) {
    Path file = dir().resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("KFP v2 golden " + file + " is missing");
    }
    return file;
  }

  /** Every compiled golden ({@code *.yaml}) in the folder and its subfolders, sorted. */
  static List<Path> all() {
    try (Stream<Path> files = Files.walk(dir())) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a golden. */
  static String read(String relative) {
    try {
      return Files.readString(file(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.kfp4j.runtime.yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared reference data beside the checkout (../shared/reference), which the tests read. */
final class Reference {
  private Reference() {}

  static Path root() {
    String configured = System.getProperty("kfp4j.reference");
    Path root = configured != null ? Path.of(configured) : Path.of("../../shared/reference");
    if (!Files.isDirectory(root.resolve("kfp-components"))) {
      throw new IllegalStateException("reference data not found at " + root.toAbsolutePath()
          + "; the tests need ../shared/reference beside the checkout (set -Dkfp4j.reference=DIR otherwise)");
    }
    return root;
  }

  static Path file(String relative) {
    return root().resolve(relative);
  }

  static List<Path> components() {
    try (Stream<Path> files = Files.list(root().resolve("kfp-components"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String MALFORMED = "contrib__samples__openvino__deployer__component.yaml";
}

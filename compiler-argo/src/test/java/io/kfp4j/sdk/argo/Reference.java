package io.kfp4j.sdk.argo;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared KFP reference data, found through the {@code kfp4j.reference} system property. */
public final class Reference {
  private Reference() {}

  /** A file under the reference folder. @throws IllegalStateException when the property or the file is missing */
  public static Path file(String relative) {
    String root = System.getProperty("kfp4j.reference");
    if (root == null || root.isBlank()) {
      throw new IllegalStateException("system property kfp4j.reference is not set; run the tests with Maven (the"
          + " parent pom sets it to ../shared/reference) or pass -Dkfp4j.reference=/path/to/shared/reference");
    }
    Path file = Path.of(root).resolve(relative);
    if (!Files.exists(file)) {
      throw new IllegalStateException("reference file " + file + " is missing (kfp4j.reference=" + root + ")");
    }
    return file;
  }
}

package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared reference data, found through the system property {@code kfp4j.reference}. */
final class Reference {
  static final String ADD = "kfp-sdk-outputs/add.component.yaml";
  static final String MALFORMED = "kfp-components/contrib__samples__openvino__deployer__component.yaml";
  static final String V2_ONLY = "kfp-components/components__google-cloud__google_cloud_pipeline_components"
      + "__experimental__tensorflow_probability__anomaly_detection__component.yaml";

  private Reference() {}

  /** The reference file, failing the test with directions when it cannot be found. */
  static Path file(String relative) {
    String root = System.getProperty("kfp4j.reference");
    if (root == null || root.isBlank()) {
      fail("system property kfp4j.reference is not set; run the tests with Maven (the parent pom sets it to"
          + " ../shared/reference) or pass -Dkfp4j.reference=/path/to/shared/reference");
    }
    Path file = Path.of(root).resolve(relative).toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      fail("reference file " + file + " is missing; kfp4j.reference=" + root
          + " must point at the shared reference data (…/shared/reference)");
    }
    return file;
  }

  /** {@link #file} as a command-line argument. */
  static String arg(String relative) {
    return file(relative).toString();
  }
}

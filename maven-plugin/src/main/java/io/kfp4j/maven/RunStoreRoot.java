package io.kfp4j.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;

/**
 * Where the embedded engine records runs: {@code .kfp4j} in the folder of the project Maven was started in (the
 * top of a multi-module build), so that every module's runs, and {@code kfp4j:ui}, share one store.
 */
final class RunStoreRoot {
  /** The store's folder name. */
  static final String DEFAULT = ".kfp4j";

  private RunStoreRoot() {}

  /** The configured root, else {@code <top-level project>/.kfp4j}, else {@code .kfp4j} where Maven was started. */
  static Path of(File configured, MavenSession session) {
    if (configured != null) {
      return configured.toPath();
    }
    if (session != null && session.getTopLevelProject() != null
        && session.getTopLevelProject().getBasedir() != null) {
      return session.getTopLevelProject().getBasedir().toPath().resolve(DEFAULT);
    }
    if (session != null && session.getRequest() != null && session.getRequest().getBaseDirectory() != null) {
      return Path.of(session.getRequest().getBaseDirectory()).resolve(DEFAULT);
    }
    return Path.of(DEFAULT).toAbsolutePath();
  }
}

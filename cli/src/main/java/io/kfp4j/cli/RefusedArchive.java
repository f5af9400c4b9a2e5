package io.kfp4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The class data archive the launcher script started the JVM with ({@code -Dkfp4j.cds=DIR/KEY.jsa}), when the JVM
 * refused it (made for another jar or JDK build at the same paths, or damaged): it is set aside as
 * {@code DIR/KEY.rejected}, so that the launcher no longer passes it, and makes no new one until the jar or the
 * java command changes. Costs a property read when the archive is in use.
 */
final class RefusedArchive {
  static final String PROPERTY = "kfp4j.cds";
  private static final String SUFFIX = ".jsa";

  private RefusedArchive() {}

  /** Sets the archive aside if it was named and the JVM shares no classes; never fails. */
  static void setAside() {
    String archive = System.getProperty(PROPERTY);
    if (archive == null || !archive.endsWith(SUFFIX) || System.getProperty("java.vm.info", "").contains("sharing")) {
      return;
    }
    try {
      Files.move(Path.of(archive), Path.of(archive.substring(0, archive.length() - SUFFIX.length()) + ".rejected"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // only speed is at stake: the launcher passes it again, and the JVM refuses it again
    }
  }
}

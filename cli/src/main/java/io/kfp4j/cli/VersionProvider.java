package io.kfp4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code kfp4j --version}: the project version, written into {@code version.properties} by the Maven build. */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** The version of kfp4j, or {@code "unknown"} when the classes were not built by Maven. */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** What {@code kfp4j --version} prints: kfp4j's version, then the Java that runs it. */
  public static String[] lines() {
    return new String[] {
      "kfp4j " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + " "
          + System.getProperty("java.vm.name") + ")",
    };
  }

  @Override
  public String[] getVersion() {
    return lines();
  }
}

package io.kfp4j.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * A project for the goals' tests, in a temporary folder: {@code target/classes} holds the index resources of the
 * fixture pipelines a test chooses (their classes load from the test classpath, the loader's parent).
 */
final class TestProject {
  private static final Path TEST_CLASSES = Path.of("target", "test-classes");
  private static final String INDEX = "META-INF/kfp4j/pipelines/";

  private TestProject() {}

  /** A jar project in {@code dir} whose classes index these fixture pipelines. */
  static MavenProject with(Path dir, String... pipelines) {
    MavenProject project = new MavenProject();
    project.setGroupId("com.example");
    project.setArtifactId("app");
    project.setVersion("1.0");
    project.setFile(dir.resolve("pom.xml").toFile());
    project.getBuild().setDirectory(dir.resolve("target").toString());
    project.getBuild().setOutputDirectory(dir.resolve("target/classes").toString());
    Resource resources = new Resource();
    resources.setDirectory(dir.resolve("src/main/resources").toString());
    project.getBuild().addResource(resources);
    try {
      Files.createDirectories(dir.resolve("target/classes"));
      for (String pipeline : pipelines) {
        Path index = TEST_CLASSES.resolve(INDEX + pipeline);
        if (!Files.isRegularFile(index)) {
          throw new IllegalStateException("no fixture pipeline " + pipeline + " at " + index.toAbsolutePath());
        }
        Path copy = dir.resolve("target/classes/" + INDEX + pipeline);
        Files.createDirectories(copy.getParent());
        Files.copy(index, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return project;
  }

  /** A log that keeps its lines, {@code [level] text}, and prints nothing. */
  static final class Lines implements Log {
    final List<String> lines = new ArrayList<>();

    String text() {
      return String.join("\n", lines);
    }

    private void add(String level, CharSequence text) {
      lines.add("[" + level + "] " + text);
    }

    @Override public boolean isDebugEnabled() { return false; }
    @Override public void debug(CharSequence c) { }
    @Override public void debug(CharSequence c, Throwable e) { }
    @Override public void debug(Throwable e) { }
    @Override public boolean isInfoEnabled() { return true; }
    @Override public void info(CharSequence c) { add("info", c); }
    @Override public void info(CharSequence c, Throwable e) { add("info", c); }
    @Override public void info(Throwable e) { add("info", e.toString()); }
    @Override public boolean isWarnEnabled() { return true; }
    @Override public void warn(CharSequence c) { add("warn", c); }
    @Override public void warn(CharSequence c, Throwable e) { add("warn", c); }
    @Override public void warn(Throwable e) { add("warn", e.toString()); }
    @Override public boolean isErrorEnabled() { return true; }
    @Override public void error(CharSequence c) { add("error", c); }
    @Override public void error(CharSequence c, Throwable e) { add("error", c); }
    @Override public void error(Throwable e) { add("error", e.toString()); }
  }
}

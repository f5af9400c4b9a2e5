package io.kfp4j.cli.project;

import io.kfp4j.tooling.project.ProjectRoot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Which Maven to start: the project's wrapper ({@code mvnw} in the module or a folder above it up to the build's
 * root), else {@code mvn} on the {@code PATH}, else {@code mvn} in {@code MAVEN_HOME/bin}.
 */
final class MavenExecutable {
  private static final boolean WINDOWS = File.separatorChar == '\\';
  private static final List<String> WRAPPER = WINDOWS ? List.of("mvnw.cmd") : List.of("mvnw");
  private static final List<String> MAVEN = WINDOWS ? List.of("mvn.cmd", "mvn.bat") : List.of("mvn");

  private MavenExecutable() {}

  /**
   * The command that starts Maven for the project: the wrapper or {@code mvn}, as an absolute path (a wrapper that
   * lost its execute bit is started through {@code sh}).
   *
   * @param environment looks up {@code PATH} and {@code MAVEN_HOME}
   * @return empty when there is no Maven
   */
  static Optional<List<String>> find(ProjectRoot project, UnaryOperator<String> environment) {
    for (Path dir = project.module(); dir != null && dir.startsWith(project.root()); dir = dir.getParent()) {
      for (String name : WRAPPER) {
        Path wrapper = dir.resolve(name);
        if (Files.isRegularFile(wrapper)) {
          return Optional.of(Files.isExecutable(wrapper) || WINDOWS ? List.of(wrapper.toString())
              : List.of("sh", wrapper.toString()));
        }
      }
    }
    String path = environment.apply("PATH");
    if (path != null) {
      for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
        Optional<Path> mvn = executableIn(dir);
        if (mvn.isPresent()) {
          return mvn.map(p -> List.of(p.toString()));
        }
      }
    }
    String home = environment.apply("MAVEN_HOME");
    return home == null ? Optional.empty() : executableIn(home + File.separator + "bin").map(p -> List.of(p.toString()));
  }

  private static Optional<Path> executableIn(String dir) {
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    try {
      for (String name : MAVEN) {
        Path mvn = Path.of(dir).resolve(name).toAbsolutePath();
        if (Files.isRegularFile(mvn) && Files.isExecutable(mvn)) {
          return Optional.of(mvn);
        }
      }
    } catch (InvalidPathException e) {
      // a PATH entry that is no path holds no Maven
    }
    return Optional.empty();
  }
}

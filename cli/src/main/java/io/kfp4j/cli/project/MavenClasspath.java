package io.kfp4j.cli.project;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.tooling.project.ProjectRoot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The runtime classpath of a Maven module: its {@code target/classes}, then its dependencies as
 * {@code mvn dependency:build-classpath -DincludeScope=runtime} lists them. Maven is asked once, offline first
 * (then online, if offline fails), and the answer is cached ({@link ClasspathCache}) until a pom changes.
 *
 * <p>Failures are {@link CommandFailedException}s that say what to do: compile the project, install Maven, fix
 * what Maven reports, or give {@code --classpath}.
 */
public final class MavenClasspath {
  /** The module's compiled classes. */
  public static final String CLASSES = "target/classes";
  private static final int LAST_LINES = 20;
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");
  private static final Pattern ADVICE = Pattern.compile("^\\[ERROR\\]( ?$| To see the full stack trace| Re-run Maven"
      + "| For more information about the errors| \\[Help \\d+\\]| After correcting the problems|   mvn <args>)");

  private final MavenRunner runner;
  private final UnaryOperator<String> environment;
  private final Consumer<String> notice;

  /**
   * @param runner starts Maven
   * @param environment looks up {@code PATH} and {@code MAVEN_HOME} to find Maven
   * @param notice takes the one line said before Maven is asked (the command prints it on standard error)
   */
  public MavenClasspath(MavenRunner runner, UnaryOperator<String> environment, Consumer<String> notice) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.environment = Objects.requireNonNull(environment, "environment");
    this.notice = Objects.requireNonNull(notice, "notice");
  }

  /**
   * The module's classpath: {@code target/classes} first, then the cached or newly resolved dependencies.
   *
   * @throws CommandFailedException when the module is not compiled, or Maven is missing or fails
   */
  public List<Path> resolve(ProjectRoot project) {
    Path classes = project.module().resolve(CLASSES);
    if (!Files.isDirectory(classes)) {
      throw new CommandFailedException(project.aggregator()
          ? "the Maven project in " + project.module() + " aggregates modules and has no classes of its own: run"
              + " kfp4j in the module that holds the pipelines, or give the classes and jars with --classpath"
          : "the Maven project in " + project.module() + " is not compiled (there is no " + classes + "): run mvn"
              + " compile there first, or give the classes and jars with --classpath");
    }
    List<Path> entries = new ArrayList<>();
    entries.add(classes);
    entries.addAll(dependencies(project));
    return List.copyOf(entries);
  }

  private List<Path> dependencies(ProjectRoot project) {
    ClasspathCache cache;
    try {
      cache = ClasspathCache.of(project);
    } catch (IOException e) {
      throw new CommandFailedException("cannot read the pom files of " + project.module() + ": " + e.getMessage(), e);
    }
    var cached = cache.read();
    if (cached.isPresent()) {
      return cached.get();
    }
    List<String> mvn = MavenExecutable.find(project, environment).orElseThrow(() -> new CommandFailedException(
        "cannot find Maven to resolve the classpath of the project in " + project.module() + ": there is no mvnw"
            + " in the project and no mvn on the PATH. Install Maven (or put it on the PATH), or give the classes"
            + " and jars with --classpath"));
    notice.accept("kfp4j: resolving the project's classpath with Maven (cached in " + cache.file() + ")");
    Path output;
    try {
      // a file of its own, so that two commands asking at once do not read each other's half-written answer
      output = Files.createTempFile(Files.createDirectories(cache.file().getParent()), "maven-classpath", ".txt");
    } catch (IOException e) {
      throw new CommandFailedException("cannot write into " + cache.file().getParent() + ": " + e.getMessage(), e);
    }
    try {
      List<Path> resolved = ask(mvn, project, output);
      cache.write(resolved);
      return resolved;
    } catch (IOException e) {
      throw new CommandFailedException("cannot write the classpath cache " + cache.file() + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(output);
      } catch (IOException e) {
        // a leftover file in target/ is harmless
      }
    }
  }

  /** Asks Maven offline, then online if that fails; reads the classpath file it writes. */
  private List<Path> ask(List<String> mvn, ProjectRoot project, Path output) {
    MavenRunner.Result result = null;
    List<String> command = null;
    for (boolean offline : new boolean[] {true, false}) {
      command = command(mvn, output, offline);
      try {
        Files.deleteIfExists(output);
        result = runner.run(command, project.module());
      } catch (IOException e) {
        throw new CommandFailedException("cannot start Maven (" + String.join(" ", command) + ") in "
            + project.module() + ": " + e.getMessage() + "; give the classes and jars with --classpath instead", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailedException("interrupted while Maven resolved the classpath of " + project.module(), e);
      }
      if (result.exitCode() == 0) {
        break;
      }
    }
    if (result.exitCode() != 0) {
      throw new CommandFailedException("Maven could not resolve the classpath of the project in " + project.module()
          + " (" + String.join(" ", command) + " exited with " + result.exitCode() + "). Its last lines:\n"
          + lastLines(result.output()) + "\nFix what Maven reports"
          + (project.inMultiModuleBuild() ? " (modules of the same build that this one depends on must be"
              + " installed: mvn install in " + project.root() + ")" : "")
          + ", or give the classes and jars with --classpath");
    }
    try {
      return parse(Files.readString(output, StandardCharsets.UTF_8).strip(), output);
    } catch (IOException e) {
      throw new CommandFailedException("Maven succeeded but wrote no classpath to " + output + " ("
          + String.join(" ", command) + "): " + e.getMessage() + "; give the classes and jars with --classpath", e);
    }
  }

  private static List<String> command(List<String> mvn, Path output, boolean offline) {
    List<String> command = new ArrayList<>(mvn);
    command.add("-B");
    command.add("-q");
    if (offline) {
      command.add("-o");
    }
    command.add("dependency:build-classpath");
    command.add("-DincludeScope=runtime");
    command.add("-Dmdep.outputFile=" + output);
    return command;
  }

  private static List<Path> parse(String text, Path output) {
    List<Path> entries = new ArrayList<>();
    for (String part : text.split(Pattern.quote(File.pathSeparator))) {
      if (part.isBlank()) {
        continue;
      }
      try {
        entries.add(Path.of(part.strip()));
      } catch (InvalidPathException e) {
        throw new CommandFailedException("Maven's classpath file " + output + " holds \"" + part
            + "\", which is not a path; give the classes and jars with --classpath", e);
      }
    }
    return entries;
  }

  /**
   * The last lines Maven printed, without terminal color codes, blank lines and its closing advice (stack traces,
   * debug logging, help pages), which says nothing about this failure.
   */
  static String lastLines(String output) {
    List<String> lines = output.lines().map(l -> ANSI.matcher(l).replaceAll("").stripTrailing())
        .filter(l -> !l.isBlank() && !ADVICE.matcher(l).find()).toList();
    List<String> last = lines.subList(Math.max(0, lines.size() - LAST_LINES), lines.size());
    return last.isEmpty() ? "  (Maven printed nothing)" : "  " + String.join("\n  ", last);
  }
}

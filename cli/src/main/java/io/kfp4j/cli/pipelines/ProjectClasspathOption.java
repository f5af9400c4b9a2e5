package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.CliWording;
import io.kfp4j.cli.Workspace;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.project.ProjectRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The project classpath of the {@code --classpath} option, shared by compile, run and upload. Without the option:
 * inside a Maven project, the module's {@code target/classes} and runtime dependencies (resolved with Maven once,
 * then cached); outside one, {@code target/classes} of the working folder (if present) and the command's own
 * classpath.
 */
final class ProjectClasspathOption {
  private static final String OPTION = "--classpath";
  /** The option's default, for the help of the commands that take it. */
  static final String DEFAULT_HELP = "Default: inside a Maven project, the module's target/classes and runtime"
      + " dependencies (Maven is asked once; the answer is cached in target/kfp4j/classpath.txt until a pom.xml"
      + " changes); elsewhere ./target/classes (if present) and kfp4j's own classpath.";

  private ProjectClasspathOption() {}

  /**
   * The classpath the option gives, or the default one when it is not given.
   *
   * @param option the option's value, or {@code null}
   * @param spec the command, whose workspace and standard error are used and whose loader is the parent of the
   *     project's
   */
  static PipelineClasspath open(String option, CommandSpec spec) {
    Workspace workspace = Workspace.of(spec);
    Path workingDir = workspace.workingDir();
    ClassLoader parent = spec.userObject().getClass().getClassLoader();
    if (option != null) {
      return PipelineClasspath.parse(option, OPTION, workingDir, CliWording.FRONT_END, parent);
    }
    Optional<ProjectRoot> project = workspace.project();
    if (project.isEmpty()) {
      return PipelineClasspath.ownClasspath(workingDir, CliWording.FRONT_END, parent);
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Path> entries = workspace.mavenClasspath(line -> {
      err.println(line);
      err.flush();
    }).resolve(project.get());
    ProjectPins.prepare(project.get(), entries, err);
    return PipelineClasspath.of(entries, "the classpath of the Maven project in " + project.get().module()
        + " (target/classes and its runtime dependencies)", CliWording.FRONT_END, parent);
  }
}

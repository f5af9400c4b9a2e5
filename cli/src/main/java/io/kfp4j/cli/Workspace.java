package io.kfp4j.cli;

import io.kfp4j.cli.project.MavenClasspath;
import io.kfp4j.cli.project.MavenRunner;
import io.kfp4j.tooling.project.ProjectRoot;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the command runs: its working folder (where it looks for the Maven project around it), its environment,
 * and how it starts Maven. The real command takes the process's; tests give their own.
 *
 * @param workingDir the folder the command was started in, absolute
 * @param environment looks up environment variables
 * @param maven starts Maven to resolve a project's classpath
 */
public record Workspace(Path workingDir, UnaryOperator<String> environment, MavenRunner maven) {
  /** Makes the folder absolute. */
  public Workspace {
    workingDir = workingDir.toAbsolutePath().normalize();
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(maven, "maven");
  }

  /** This process's working folder and environment; Maven runs as a child process. */
  public static Workspace current() {
    return new Workspace(Path.of(""), System::getenv, MavenRunner.processes());
  }

  /** The workspace of the running command line, whose root command is {@link Kfp4j}. */
  public static Workspace of(CommandSpec spec) {
    return spec.root().userObject() instanceof Kfp4j top ? top.workspace() : current();
  }

  /** The Maven project around the working folder, if any. */
  public Optional<ProjectRoot> project() {
    return ProjectRoot.find(workingDir);
  }

  /** Resolves a project's classpath with this workspace's Maven, saying so through the notice. */
  public MavenClasspath mavenClasspath(Consumer<String> notice) {
    return new MavenClasspath(maven, environment, notice);
  }
}

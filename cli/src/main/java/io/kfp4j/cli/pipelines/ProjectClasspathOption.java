package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.CliWording;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import java.nio.file.Path;

/** The project classpath of the {@code --classpath} option, shared by compile, run and upload. */
final class ProjectClasspathOption {
  private static final String OPTION = "--classpath";

  private ProjectClasspathOption() {}

  /**
   * The classpath the option gives, or the default one when it is not given.
   *
   * @param option the option's value, or {@code null}
   * @param command the command's class, whose loader is the parent of the project's
   */
  static PipelineClasspath open(String option, Class<?> command) {
    Path workingDir = Path.of("").toAbsolutePath();
    ClassLoader parent = command.getClassLoader();
    if (option == null) {
      return PipelineClasspath.ownClasspath(workingDir, CliWording.FRONT_END, parent);
    }
    return PipelineClasspath.parse(option, OPTION, workingDir, CliWording.FRONT_END, parent);
  }
}

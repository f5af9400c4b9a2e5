package io.kfp4j.cli.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** Starts Maven: a process in the real command, a stand-in in tests. */
@FunctionalInterface
public interface MavenRunner {

  /**
   * How a Maven run ended.
   *
   * @param exitCode the process's exit code
   * @param output what it printed, standard output and error together
   */
  record Result(int exitCode, String output) {}

  /**
   * Runs the command in the folder and waits for it.
   *
   * @param command the executable and its arguments
   * @param dir the working folder
   * @throws IOException when the process cannot be started
   */
  Result run(List<String> command, Path dir) throws IOException, InterruptedException;

  /** Runs Maven as a child process, with this process's environment and no standard input. */
  static MavenRunner processes() {
    return (command, dir) -> {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output;
      try (InputStream in = process.getInputStream()) {
        output = new String(in.readAllBytes(), Charset.defaultCharset());
      }
      return new Result(process.waitFor(), output);
    };
  }
}

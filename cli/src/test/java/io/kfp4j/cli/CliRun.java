package io.kfp4j.cli;

import io.kfp4j.cli.project.MavenRunner;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** One in-process run of {@code kfp4j}: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  /**
   * A Maven stand-in for tests that must not start Maven: every test that works in a Maven project without
   * --classpath gives its own.
   */
  static final MavenRunner NO_MAVEN = (command, dir) -> {
    throw new AssertionError("the test started Maven: " + command + " in " + dir);
  };

  /** Runs kfp4j in the working folder (the cli module) with an empty environment. */
  static CliRun run(String... args) {
    return run(name -> null, cmd -> {}, args);
  }

  /** Runs kfp4j in that workspace. */
  static CliRun in(Workspace workspace, String... args) {
    return run(workspace, cmd -> {}, args);
  }

  /** Runs kfp4j in that folder, outside any Maven project or in one, with an empty environment and no Maven. */
  static CliRun in(Path workingDir, String... args) {
    return in(new Workspace(workingDir, name -> null, NO_MAVEN), args);
  }

  /** Runs kfp4j with that environment, after changing the command line (e.g. adding a test command). */
  static CliRun run(UnaryOperator<String> environment, Consumer<CommandLine> customize, String... args) {
    return run(new Workspace(Path.of(""), environment, NO_MAVEN), customize, args);
  }

  /** Runs kfp4j in that workspace, after changing the command line. */
  static CliRun run(Workspace workspace, Consumer<CommandLine> customize, String... args) {
    CommandLine cmd = Kfp4j.newCommandLine(workspace, args);
    customize.accept(cmd);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int exitCode = cmd.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** For assertion messages. */
  String describe() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}

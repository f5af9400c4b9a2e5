package io.kfp4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** One in-process run of {@code kfp4j}: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

  /** Runs kfp4j with an empty environment. */
  static CliRun run(String... args) {
    return run(name -> null, cmd -> {}, args);
  }

  /** Runs kfp4j with that environment, after changing the command line (e.g. adding a test command). */
  static CliRun run(UnaryOperator<String> environment, Consumer<CommandLine> customize, String... args) {
    CommandLine cmd = Kfp4j.newCommandLine(environment);
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

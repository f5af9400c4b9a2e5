package io.kfp4j.cli;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Exceptions that escape a command: the one place that maps them to exit codes. Expected failures (a library's
 * {@link Kfp4jException}, worded for the command by {@link CliWording}; {@link CommandFailedException}; an
 * {@link InvalidSpecException}'s problems, one a line) print their message and exit {@link ExitCodes#FAILED}; anything
 * else is a bug: one line
 * {@code kfp4j: internal error: <exception>} and a request to report it, exit {@link ExitCodes#INTERNAL}. The stack
 * trace is printed only with {@code --stacktrace} or {@code KFP4J_DEBUG=1}.
 */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
  /** The environment variable that turns on stack traces. */
  static final String DEBUG_VARIABLE = "KFP4J_DEBUG";
  /** The option that turns on stack traces. */
  static final String STACKTRACE_OPTION = "--stacktrace";

  private final UnaryOperator<String> environment;

  /** @param environment looks up environment variables ({@code System::getenv}) */
  ExecutionErrorHandler(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    try {
      return report(ex, err, debug(parseResult));
    } finally {
      err.flush();
    }
  }

  /** Prints what went wrong and returns the exit code. */
  int report(Throwable ex, PrintWriter err, boolean debug) {
    if (ex instanceof InvalidSpecException invalid) {
      invalid.problems().stream().map(SpecProblem::toString).forEach(err::println);
      printTrace(ex, err, debug);
      return ExitCodes.FAILED;
    }
    if (ex instanceof Kfp4jException failure) {
      err.println("kfp4j: " + CliWording.FRONT_END.message(failure));
      printTrace(ex, err, debug);
      return ExitCodes.FAILED;
    }
    if (ex instanceof CommandFailedException) {
      err.println("kfp4j: " + ex.getMessage());
      printTrace(ex, err, debug);
      return ExitCodes.FAILED;
    }
    err.println("kfp4j: internal error: " + String.join(" ", String.valueOf(ex).split("\\R")));
    if (debug) {
      ex.printStackTrace(err);
      err.println("kfp4j: please report this with the command you ran and the stack trace above");
    } else {
      err.println("kfp4j: please report this with the command you ran"
          + " (run it again with " + STACKTRACE_OPTION + " or " + DEBUG_VARIABLE + "=1 for the stack trace)");
    }
    return ExitCodes.INTERNAL;
  }

  /** Whether stack traces are wanted: {@code --stacktrace} on any command level, or {@code KFP4J_DEBUG=1}. */
  boolean debug(ParseResult parseResult) {
    if (debugValue(environment.apply(DEBUG_VARIABLE))) {
      return true;
    }
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(STACKTRACE_OPTION)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a value of {@code KFP4J_DEBUG} turns debugging on: anything but unset, empty, 0 or false. */
  static boolean debugValue(String value) {
    return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false");
  }

  private static void printTrace(Throwable ex, PrintWriter err, boolean debug) {
    if (debug) {
      ex.printStackTrace(err);
    }
  }
}

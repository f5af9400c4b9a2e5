package io.kfp4j.cli;

import io.kfp4j.cli.spec.CommandSpecs;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code kfp4j} command: {@link #main} and the top of the command tree. Subcommands are nouns naming
 * collections ({@code components}); their subcommands are verbs ({@code validate}, {@code show}). To add a noun,
 * write a {@link CommandGroup} and list it in {@link TopCommands}, which adds to a call only the command its
 * arguments name (start-up). A few verbs that KFP's own tools have at the top level ({@code compile}, KFP's
 * {@code dsl-compile}) sit here directly.
 */
@Command(
    name = "kfp4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {"Kubeflow Pipelines (KFP v1 and v2) for Java.",
      "Check and print component specs (KFP v1 component.yaml, KFP v2 component files); compile Java pipelines to"
        + " Argo workflows (KFP v1) or KFP v2's pipeline spec (--target v2); run them here or on a KFP server."},
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, ExitCodes.DOC_FAILED, ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL},
    footerHeading = "%n",
    footer = {
      "An internal error prints one line and no stack trace; add --stacktrace or set KFP4J_DEBUG=1 to see it.",
      "Run 'kfp4j COMMAND --help' for the help of a command."
    })
public final class Kfp4j extends CommandGroup {
  private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
  /** Builds the commands from their annotations without reflecting over them (start-up). */
  private static final CommandSpecs SPECS = new CommandSpecs(Set.of(ExecutionErrorHandler.STACKTRACE_OPTION));

  private final Workspace workspace;

  @Option(
      names = ExecutionErrorHandler.STACKTRACE_OPTION,
      scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace (same as KFP4J_DEBUG=1).")
  boolean stacktrace;

  private Kfp4j(Workspace workspace) {
    this.workspace = workspace;
  }

  /** Where this command line runs. */
  Workspace workspace() {
    return workspace;
  }

  /** Runs {@code kfp4j} with the arguments and exits with its exit code. */
  public static void main(String[] args) {
    RefusedArchive.setAside();
    List<String> commands = TopCommands.needed(args);
    PrintWriter out = utf8(System.out);
    PrintWriter err = utf8(System.err);
    if (commands.isEmpty()) {
      // --version alone: printed without building the command line, the call's whole cost being the JVM's start
      for (String line : VersionProvider.lines()) {
        out.println(line);
      }
      out.flush();
      System.exit(ExitCodes.OK);
    }
    // picocli looks up converters for java.sql and java.time types by reflection; no kfp4j option has such a type
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      // one pattern: picocli compiles each pattern anew for each of its converters, for each command built
      System.setProperty(CONVERTER_EXCLUDES, "java\\.(sql|time)\\..*");
    }
    CommandLine cmd = newCommandLine(Workspace.current(), commands, List.of(args));
    cmd.setOut(out).setErr(err);
    int exitCode;
    try {
      exitCode = cmd.execute(args);
    } catch (Error e) {
      // Errors (out of memory, stack overflow) pass by picocli's handlers; they still get one line, not a trace.
      exitCode = new ExecutionErrorHandler(System::getenv).report(e, err, isDebug(args));
    }
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /**
   * A ready {@code kfp4j} command line with every command and kfp4j's error handling; call
   * {@link CommandLine#execute}.
   */
  public static CommandLine newCommandLine() {
    return newCommandLine(Workspace.current(), TopCommands.NAMES, List.of());
  }

  /** {@link #newCommandLine()} in another workspace: working folder, environment, Maven (for tests). */
  static CommandLine newCommandLine(Workspace workspace) {
    return newCommandLine(workspace, TopCommands.NAMES, List.of());
  }

  /** A command line with only the commands that these arguments need ({@link TopCommands#needed}). */
  static CommandLine newCommandLine(Workspace workspace, String[] args) {
    return newCommandLine(workspace, TopCommands.needed(args), List.of(args));
  }

  private static CommandLine newCommandLine(Workspace workspace, List<String> commands, List<String> args) {
    CommandLine cmd = SPECS.commandLine(new Kfp4j(workspace), List.of());
    TopCommands.addTo(cmd, commands, args, SPECS);
    return cmd
        .setParameterExceptionHandler(new UsageErrorHandler())
        .setExecutionExceptionHandler(new ExecutionErrorHandler(workspace.environment()));
  }

  private static boolean isDebug(String[] args) {
    for (String arg : args) {
      if (arg.equals(ExecutionErrorHandler.STACKTRACE_OPTION)) {
        return true;
      }
    }
    return ExecutionErrorHandler.debugValue(System.getenv(ExecutionErrorHandler.DEBUG_VARIABLE));
  }

  /** Output in UTF-8 whatever the locale, so that names and YAML survive pipes and files. */
  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}

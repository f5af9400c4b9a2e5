package io.kfp4j.cli;

import io.kfp4j.cli.components.ComponentsCommand;
import io.kfp4j.cli.experiments.ExperimentsCommand;
import io.kfp4j.cli.images.ImagesCommand;
import io.kfp4j.cli.pipelines.CompileCommand;
import io.kfp4j.cli.pipelines.PipelinesCommand;
import io.kfp4j.cli.pipelines.RunCommand;
import io.kfp4j.cli.runs.RunsCommand;
import io.kfp4j.cli.spec.CommandSpecs;
import io.kfp4j.cli.ui.UiCommand;
import java.util.List;
import picocli.CommandLine;

/**
 * The commands under {@code kfp4j}, made only when needed: building a command reads its annotations (and loads
 * the classes of its fields), so adding all of them costs every call the start-up of all.
 * {@link #needed} picks, from the arguments, the one command they name; help, usage errors and unknown names get
 * all of them (so that help lists them and picocli can suggest a name), {@code --version} none.
 */
final class TopCommands {
  /** The names, in the order help lists them. */
  static final List<String> NAMES =
      List.of("components", "compile", "run", "runs", "images", "experiments", "pipelines", "ui");

  private static final List<String> TOP_OPTIONS = List.of("-h", "--help", "-V", "--version",
      ExecutionErrorHandler.STACKTRACE_OPTION);

  private TopCommands() {}

  /** The names of the commands to add for these arguments. */
  static List<String> needed(String[] args) {
    boolean version = false;
    for (String arg : args) {
      if (NAMES.contains(arg)) {
        return List.of(arg);
      }
      if (!TOP_OPTIONS.contains(arg)) {
        return NAMES; // an unknown word or option: picocli reports it, and suggests from all the names
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        return NAMES;
      }
      version |= arg.equals("-V") || arg.equals("--version");
    }
    return version ? List.of() : NAMES;
  }

  /**
   * Adds the named commands to the top command line, each with the subcommands that the arguments after its name
   * need.
   */
  static void addTo(CommandLine top, List<String> names, List<String> args, CommandSpecs specs) {
    for (String name : names) {
      int at = args.indexOf(name);
      top.addSubcommand(name, specs.commandLine(create(name), at < 0 ? List.of() : args.subList(at + 1,
          args.size())));
    }
  }

  /** A new instance of the named command. */
  static Object create(String name) {
    return switch (name) {
      case "components" -> new ComponentsCommand();
      case "compile" -> new CompileCommand();
      case "run" -> new RunCommand();
      case "runs" -> new RunsCommand();
      case "images" -> new ImagesCommand();
      case "experiments" -> new ExperimentsCommand();
      case "pipelines" -> new PipelinesCommand();
      case "ui" -> new UiCommand();
      default -> throw new IllegalArgumentException("not a kfp4j command: " + name);
    };
  }
}

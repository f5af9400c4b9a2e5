package io.kfp4j.launcher;

import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.EntryReference;
import io.kfp4j.runtime.internal.entry.EntryRunner;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one component in its container. Usage: {@code Launcher <entry> [--<input> <value>]...
 * [--out-<output> <path>]...}, where the entry names the {@code @Component} method as {@code io.example.Calc#add}
 * (the component's {@code component.yaml} gives it); {@code Launcher <entry> --help} prints the component's flags. {@code --help} is
 * a request for help only where a flag is expected: as a value ({@code --text --help}) it is a value like any other.
 *
 * <p>Exit codes: 0 success; 1 the component's method threw (its stack trace on stderr); 2 bad arguments (the
 * message names the flag, the value and the expected type, then the usage).
 */
public final class Launcher {
  /** Success. */
  public static final int OK = EntryRunner.OK;
  /** The component's method threw. */
  public static final int FAILED = EntryRunner.FAILED;
  /** The command line was wrong. */
  public static final int BAD_ARGUMENTS = EntryRunner.BAD_ARGUMENTS;

  private static final String USAGE =
      "usage: Launcher <class>#<method> [--<input> <value>]... [--out-<output> <path>]...";

  private Launcher() {}

  /** Runs the component and exits with its code; arguments are read as UTF-8 whatever the locale. */
  public static void main(String[] args) {
    System.exit(run(Utf8Arguments.recover(args), System.out, System.err));
  }

  /** Runs the component whose entry {@code args[0]} names; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      out.println(USAGE);
      return OK;
    }
    if (args.length == 0 || args[0].startsWith("-")) {
      err.println("kfp4j launcher: " + USAGE);
      return BAD_ARGUMENTS;
    }
    List<String> flags = Arrays.asList(args).subList(1, args.length);
    if (!asksForHelp(flags)) {
      return EntryRunner.run(args[0], flags, Launcher.class.getClassLoader(), err, "kfp4j launcher: ");
    }
    try {
      ComponentEntry entry = EntryReference.parse(args[0]).load(Launcher.class.getClassLoader());
      out.println(ParsedArguments.usage(args[0], entry.flags()));
      return OK;
    } catch (IllegalArgumentException e) {
      err.println("kfp4j launcher: " + e.getMessage());
      return BAD_ARGUMENTS;
    }
  }

  /** Whether {@code --help} stands where a flag is expected (every other word), not as some flag's value. */
  private static boolean asksForHelp(List<String> flags) {
    for (int i = 0; i < flags.size(); i += 2) {
      if (flags.get(i).equals("--help")) {
        return true;
      }
    }
    return false;
  }
}

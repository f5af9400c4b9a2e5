package io.kfp4j.launcher;

import io.kfp4j.runtime.entry.ArgumentException;
import io.kfp4j.runtime.entry.ComponentEntry;
import io.kfp4j.runtime.entry.EntryIndex;
import io.kfp4j.runtime.entry.ParsedArguments;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one component in its container. Usage: {@code Launcher <component> [--<input> <value>]...
 * [--out-<output> <path>]...}; {@code Launcher <component> --help} prints the component's flags.
 *
 * <p>Exit codes: 0 success; 1 the component's method threw (its stack trace on stderr); 2 bad arguments (the
 * message names the flag, the value and the expected type, then the usage).
 */
public final class Launcher {
  /** Success. */
  public static final int OK = 0;
  /** The component's method threw. */
  public static final int FAILED = 1;
  /** The command line was wrong. */
  public static final int BAD_ARGUMENTS = 2;

  private Launcher() {}

  /** Runs the component and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the component named by {@code args[0]}; returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].startsWith("-")) {
      err.println("kfp4j launcher: usage: Launcher <component> [--<input> <value>]... [--out-<output> <path>]...");
      return BAD_ARGUMENTS;
    }
    ComponentEntry entry;
    try {
      entry = EntryIndex.load(args[0], Launcher.class.getClassLoader());
    } catch (IllegalArgumentException e) {
      err.println("kfp4j launcher: " + e.getMessage());
      return BAD_ARGUMENTS;
    }
    List<String> flags = Arrays.asList(args).subList(1, args.length);
    if (flags.contains("--help")) {
      out.println(ParsedArguments.usage(args[0], entry.flags()));
      return OK;
    }
    try {
      entry.run(ParsedArguments.parse(entry.flags(), flags));
      return OK;
    } catch (ArgumentException e) {
      err.println("kfp4j launcher: component \"" + entry.componentName() + "\": " + e.getMessage());
      err.println(ParsedArguments.usage(args[0], entry.flags()));
      return BAD_ARGUMENTS;
    } catch (Throwable e) {
      err.println("kfp4j launcher: component \"" + entry.componentName() + "\" failed:");
      e.printStackTrace(err);
      return FAILED;
    }
  }
}

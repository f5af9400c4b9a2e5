package io.kfp4j.runtime.internal.entry;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs a component's entry by its reference with its flags and turns the outcome into the launcher's exit code, for the
 * launcher in a container and for the local engine's in-process runner alike.
 */
public final class EntryRunner {
  /** Success. */
  public static final int OK = 0;
  /** The component's method threw. */
  public static final int FAILED = 1;
  /** The entry was not found or the flags were wrong. */
  public static final int BAD_ARGUMENTS = 2;

  private EntryRunner() {}

  /**
   * Finds the entry of {@code reference} ({@code io.example.Calc#add}, see {@link EntryReference}), parses
   * {@code flags} with it and runs it; every failure is written to {@code err}, each line starting with
   * {@code prefix}: a missing entry or bad flags (with the usage) give {@link #BAD_ARGUMENTS}, whatever the method
   * throws gives {@link #FAILED} with its stack trace.
   */
  public static int run(String reference, List<String> flags, ClassLoader loader, PrintStream err, String prefix) {
    ComponentEntry entry;
    try {
      entry = EntryReference.parse(reference).load(loader);
    } catch (IllegalArgumentException e) {
      err.println(prefix + e.getMessage());
      return BAD_ARGUMENTS;
    }
    try {
      entry.run(ParsedArguments.parse(entry.flags(), flags));
      return OK;
    } catch (ArgumentException e) {
      err.println(prefix + "component \"" + entry.componentName() + "\": " + e.getMessage());
      err.println(ParsedArguments.usage(reference, entry.flags()));
      return BAD_ARGUMENTS;
    } catch (Throwable e) {
      err.println(prefix + "component \"" + entry.componentName() + "\" failed:");
      e.printStackTrace(err);
      return FAILED;
    }
  }
}

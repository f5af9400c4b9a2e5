package io.kfp4j.runtime.internal.entry;

import java.util.List;

/**
 * A generated entry for one component: its flags and the call of the component's method. The launcher parses
 * the command line against {@link #flags()} and hands the result to {@link #run}.
 */
public interface ComponentEntry {

  /** The component's name, e.g. {@code "Add"}. */
  String componentName();

  /** The flags, inputs first, then outputs. */
  List<Flag> flags();

  /**
   * Converts the arguments, calls the method and writes its outputs.
   *
   * @throws ArgumentException when a value does not convert to its input's type
   * @throws Exception whatever the method throws
   */
  void run(ParsedArguments arguments) throws Exception;
}

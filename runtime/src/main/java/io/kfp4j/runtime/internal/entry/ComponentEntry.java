package io.kfp4j.runtime.internal.entry;

import java.util.List;

/**
 * The launcher entry of one component: its flags and the call of its method. The launcher parses the command line
 * against {@link #flags()} and hands the result to {@link #run}.
 *
 * @param componentName the component's name, e.g. {@code "Add"}
 * @param flags the flags, inputs first, then outputs
 * @param entries the generated entries of the method's class
 * @param method the {@code @Component} method's name
 */
public record ComponentEntry(String componentName, List<Flag> flags, ComponentEntries entries, String method) {

  /** The entry of a method with these flags: what generated code calls (one non-generic method for javac to pick). */
  public static ComponentEntry of(String componentName, ComponentEntries entries, String method, Flag... flags) {
    return new ComponentEntry(componentName, List.of(flags), entries, method);
  }

  /**
   * Converts the arguments, calls the method and writes its outputs, all of them or, when anything fails, none.
   *
   * @throws ArgumentException when a value does not convert to its input's type
   * @throws Exception whatever the method throws
   */
  public void run(ParsedArguments arguments) throws Exception {
    try (OutputStaging staging = new OutputStaging()) {
      entries.run(method, arguments, staging);
      staging.commit();
    }
  }
}

package io.kfp4j.cli.components;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.tooling.components.ComponentFiles;
import java.io.PrintWriter;

/** The components named on the command line, loaded and reported by the tooling's {@link ComponentFiles}. */
public final class ComponentSources {
  /** The help text describing FILE_OR_URL. */
  static final String ARGUMENT_HELP =
      "A component.yaml (or a zip holding one): a path, or a URL starting with http://, https://, file: or gs://"
          + " (gs:// objects must be public).";

  private ComponentSources() {}

  /** Whether the argument is a URL rather than a path. */
  public static boolean isUrl(String fileOrUrl) {
    return ComponentFiles.isUrl(fileOrUrl);
  }

  /**
   * Loads and validates a component.
   *
   * @throws InvalidSpecException when it cannot be read or is not a valid spec, with every problem
   */
  public static LoadedComponent load(String fileOrUrl) {
    return ComponentFiles.load(fileOrUrl);
  }

  /**
   * Loads and validates a component, refusing what KFP accepts with a warning (a duplicated key) when strict.
   *
   * @throws InvalidSpecException when it cannot be read or is not a valid spec, with every problem
   */
  public static LoadedComponent load(String fileOrUrl, boolean strict) {
    return ComponentFiles.load(fileOrUrl, strict);
  }

  /** Prints every problem, one per line, as {@code file:line:col: field.path: message}. */
  public static void printProblems(String fileOrUrl, InvalidSpecException e, PrintWriter err) {
    ComponentFiles.problems(fileOrUrl, e).forEach(err::println);
  }

  /** Prints a warning for what the loader pointed out and every v2-only placeholder of a component that loaded. */
  static void printWarnings(String fileOrUrl, LoadedComponent component, PrintWriter err) {
    ComponentFiles.warnings(fileOrUrl, component).forEach(err::println);
  }
}

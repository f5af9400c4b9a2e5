package io.kfp4j.cli.components;

import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Loads the components named on the command line: a path, or a URL when it starts with a known scheme. */
public final class ComponentSources {
  /** The prefixes that make an argument a URL rather than a path. */
  public static final List<String> URL_PREFIXES = List.of("http://", "https://", "file:", "gs://");

  /** The help text describing FILE_OR_URL. */
  static final String ARGUMENT_HELP =
      "A component.yaml (or a zip holding one): a path, or a URL starting with http://, https://, file: or gs://"
          + " (gs:// objects must be public).";

  private ComponentSources() {}

  /** Whether the argument is a URL ({@link #URL_PREFIXES}) rather than a path. */
  public static boolean isUrl(String fileOrUrl) {
    return URL_PREFIXES.stream().anyMatch(fileOrUrl::startsWith);
  }

  /**
   * Loads and validates a component.
   *
   * @param fileOrUrl a path or a URL
   * @throws InvalidSpecException when it cannot be read or is not a valid spec, with every problem
   */
  public static LoadedComponent load(String fileOrUrl) {
    if (fileOrUrl.isBlank()) {
      throw single("\"" + fileOrUrl + "\"", "an empty argument; give the path or URL of a component.yaml");
    }
    ComponentLoader loader = ComponentLoader.standard();
    if (isUrl(fileOrUrl)) {
      return loader.fromUrl(fileOrUrl);
    }
    Path path;
    try {
      path = Path.of(fileOrUrl);
    } catch (InvalidPathException e) {
      throw single(fileOrUrl, "not a valid path: " + e.getMessage());
    }
    return loader.fromFile(path);
  }

  /** Prints every problem, one per line, as {@code file:line:col: field.path: message}. */
  public static void printProblems(String fileOrUrl, InvalidSpecException e, PrintWriter err) {
    if (e.problems().isEmpty()) {
      err.println(fileOrUrl + ": " + e.getMessage());
    }
    e.problems().forEach(err::println);
  }

  /** Prints a warning for every v2-only placeholder of a component that loaded. */
  static void printWarnings(String fileOrUrl, LoadedComponent component, PrintWriter err) {
    for (V2Usage usage : V2Usage.find(component.spec())) {
      err.println(fileOrUrl + ": warning: " + usage.message());
    }
  }

  private static InvalidSpecException single(String source, String message) {
    return new InvalidSpecException(List.of(new SpecProblem(source, 0, 0, "", message)));
  }
}

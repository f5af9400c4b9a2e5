package io.kfp4j.runtime.resolve;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.Implementation;
import java.util.Map;
import java.util.Objects;

/**
 * Resolves a container component's placeholders into a command line, as KFP 1.8.22's
 * {@code _resolve_command_line_and_paths} does.
 *
 * <ul>
 *   <li>A literal stays as it is.
 *   <li>{@code inputValue} becomes the argument; {@code inputPath} the input's path and {@code outputPath} the
 *       output's path from the {@link PathScheme}. An input without an argument makes its placeholder expand to
 *       nothing when the input is optional, and is an error otherwise.
 *   <li>{@code concat} joins its expanded items into one string; {@code isPresent} gives {@code "True"} or
 *       {@code "False"}.
 *   <li>{@code if} reads its condition with Python's {@code strtobool} (nothing or an empty string is false) and
 *       expands the chosen branch, or nothing when that branch is missing.
 *   <li>{@code fileOutputs} entries are recorded as output paths first; an {@code outputPath} whose path differs
 *       from one already recorded for that output is an error.
 * </ul>
 *
 * <p>Defaults are not applied here: as in KFP, the caller fills spec defaults into the arguments first.
 */
public final class CommandLineResolver {
  private CommandLineResolver() {}

  /** Resolves with KFP's container paths ({@link PathScheme#KFP}). */
  public static ResolvedCommandLine resolve(ComponentSpec spec, Map<String, String> arguments) {
    return resolve(spec, arguments, PathScheme.KFP);
  }

  /**
   * Resolves the spec's {@code command} and {@code args}.
   *
   * @param spec a container component
   * @param arguments input name to serialized argument; an input is present when its argument is not null
   * @param paths where file inputs and outputs live
   * @throws ResolutionException naming the component, the field and the fix, when the spec is not a container
   *     component, a required input has no argument, an {@code if} condition is not a boolean, an output gets
   *     two paths, a placeholder names an undeclared input or output, or a placeholder is v2-only
   */
  public static ResolvedCommandLine resolve(ComponentSpec spec, Map<String, String> arguments, PathScheme paths) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(arguments, "arguments");
    Objects.requireNonNull(paths, "paths");
    if (spec.implementation() instanceof Implementation.Container container) {
      return new PlaceholderExpander(spec, container.container(), arguments, paths).resolve();
    }
    String problem = spec.implementation() == null
        ? "the component has no implementation, and only container components have a command line;"
            + " add implementation.container"
        : "only container components have a command line, and this is a graph component;"
            + " resolve the container components of its tasks instead";
    throw new ResolutionException(spec.nameOrDefault(), "implementation", problem);
  }
}

/**
 * API.
 *
 * Placeholder resolution: turns a container component's {@code command} and {@code args} into plain strings,
 * with the semantics of KFP 1.8.22's {@code _resolve_command_line_and_paths}.
 *
 * <p>{@link io.kfp4j.runtime.resolve.CommandLineResolver} is the one place that expands {@code inputValue},
 * {@code inputPath}, {@code outputPath}, {@code concat}, {@code isPresent} and {@code if}. Its callers choose
 * the values (the argument map) and the paths (a {@link io.kfp4j.runtime.resolve.PathScheme}): the Argo
 * compiler passes Argo expressions such as {@code {{inputs.parameters.x}}} and {@link
 * io.kfp4j.runtime.resolve.PathScheme#KFP}; the local engine passes real values and a local directory.
 */
package io.kfp4j.runtime.resolve;

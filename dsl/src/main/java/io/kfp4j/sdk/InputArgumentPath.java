package io.kfp4j.sdk;

import java.util.Objects;

/**
 * A value passed to a {@link ContainerOp} as a file, as KFP's {@code dsl.InputArgumentPath}: placed among the
 * command or arguments it stands for the file's path; given to {@link ContainerOp.Builder#artifactArgument} the file
 * is only placed at its path. A constant becomes the file's content ({@code raw} artifact); an output of another task
 * is passed as the artifact it is.
 *
 * @param argument the value whose content the file holds
 * @param path where the container reads the file, or {@code null} for KFP's {@code /tmp/inputs/<input>/data}
 * @param input the name of the input, or {@code null} for KFP's {@code input-<n>}
 */
public record InputArgumentPath(Source<?> argument, String path, String input) {
  public InputArgumentPath {
    Objects.requireNonNull(argument, "an InputArgumentPath needs an argument: a Value, a Param or an Output");
  }

  /** The value as a file at KFP's default path, under a generated input name. */
  public static InputArgumentPath of(Source<?> argument) {
    return new InputArgumentPath(argument, null, null);
  }

  /** Text as a file at KFP's default path, under a generated input name. */
  public static InputArgumentPath of(String text) {
    return of(Value.of(text));
  }

  /** The same file read at another path. */
  public InputArgumentPath at(String newPath) {
    return new InputArgumentPath(argument, newPath, input);
  }

  /** The same file under another input name (its artifact's name in Argo). */
  public InputArgumentPath named(String newInput) {
    return new InputArgumentPath(argument, path, newInput);
  }
}

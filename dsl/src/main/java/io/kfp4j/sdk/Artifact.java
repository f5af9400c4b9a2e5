package io.kfp4j.sdk;

/**
 * The Java side of a file passed between tasks ({@code @InputPath}/{@code @OutputPath}): the value of an
 * {@code Output<Artifact>} is a file, not text. Constants fed to a file input are written to a file for the
 * task, as KFP does with {@code raw} artifacts.
 *
 * @param text the content of a constant file
 */
public record Artifact(String text) {

  /** A constant file with this content, for a file input. */
  public static Value<Artifact> constant(String text) {
    return Value.of(new Artifact(text));
  }
}

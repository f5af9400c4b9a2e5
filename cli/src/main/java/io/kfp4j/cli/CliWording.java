package io.kfp4j.cli;

import io.kfp4j.tooling.FrontEnd;

/** How the {@code kfp4j} command words the fixes that tooling messages suggest. */
public final class CliWording {
  /** The command's wording: options and subcommands by their names. */
  public static final FrontEnd FRONT_END = new FrontEnd(
      "put the project's dependencies on --classpath too",
      "give its classes with --classpath",
      "kfp4j compile --list",
      "add --stacktrace for the stack trace");

  private CliWording() {}
}

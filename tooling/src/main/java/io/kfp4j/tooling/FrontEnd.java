package io.kfp4j.tooling;

import java.util.Objects;

/**
 * How a front end (the CLI, the Maven plugin) words the fixes that tooling messages suggest, so that a Maven user is
 * not told to pass a command-line flag.
 *
 * @param missingClassFix what to do when a class the project needs is missing, such as
 *     {@code "put the project's dependencies on --classpath too"}
 * @param noPipelinesFix what to do when no pipeline is found, after being told to compile with kfp4j-processor,
 *     such as {@code "give its classes with --classpath"}
 * @param listPipelines how to list the pipelines, such as {@code "kfp4j compile --list"}
 * @param stackTrace how to see a stack trace, such as {@code "add --stacktrace for the stack trace"}
 */
public record FrontEnd(String missingClassFix, String noPipelinesFix, String listPipelines, String stackTrace) {
  /** Checks that every wording is there. */
  public FrontEnd {
    Objects.requireNonNull(missingClassFix, "missingClassFix");
    Objects.requireNonNull(noPipelinesFix, "noPipelinesFix");
    Objects.requireNonNull(listPipelines, "listPipelines");
    Objects.requireNonNull(stackTrace, "stackTrace");
  }
}

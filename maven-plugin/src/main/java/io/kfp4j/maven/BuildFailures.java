package io.kfp4j.maven;

import io.kfp4j.tooling.ToolingException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Tooling failures as Maven sees them: a problem of the project or its input fails the build ({@link
 * MojoFailureException}, "BUILD FAILURE"); a file that cannot be read or written is an error of the build itself
 * ({@link MojoExecutionException}). Either carries the tooling message, which names the place and the fix.
 */
final class BuildFailures {
  private BuildFailures() {}

  /** The exception a goal throws for the tooling failure. */
  static Exception of(ToolingException e) {
    return e.kind() == ToolingException.Kind.IO ? new MojoExecutionException(e.getMessage(), e)
        : new MojoFailureException(e.getMessage(), e);
  }

  /** Throws the failure as {@link #of} words it. */
  static void raise(ToolingException e) throws MojoExecutionException, MojoFailureException {
    Exception mapped = of(e);
    if (mapped instanceof MojoExecutionException execution) {
      throw execution;
    }
    throw (MojoFailureException) mapped;
  }
}

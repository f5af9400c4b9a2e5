package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * kfp4j's failures as Maven sees them, in one place: a problem of the project or its input fails the build ({@link
 * MojoFailureException}, "BUILD FAILURE"); a file that cannot be read or written is an error of the build itself
 * ({@link MojoExecutionException}). Either carries the message worded for Maven users by {@link MavenWording}, which
 * names the place and the fix.
 */
final class BuildFailures {
  private BuildFailures() {}

  /**
   * The exception a goal throws for the failure. Maven prints the message of every cause that the message does not
   * already hold, so a failure whose fix the plugin words its own way keeps the library's exception as suppressed
   * (its stack trace still shows with {@code mvn -e}), not as the cause: the library's fix is not printed after it.
   */
  static Exception of(Kfp4jException e) {
    String message = MavenWording.FRONT_END.message(e);
    boolean worded = !message.contains(String.valueOf(e.getMessage()));
    Throwable cause = worded ? null : e;
    Exception failure = e.kind() == Kfp4jException.Kind.IO ? new MojoExecutionException(message, cause)
        : new MojoFailureException(message, cause);
    if (worded) {
      failure.addSuppressed(e);
    }
    return failure;
  }

  /** Throws the failure as {@link #of} words it. */
  static void raise(Kfp4jException e) throws MojoExecutionException, MojoFailureException {
    Exception mapped = of(e);
    if (mapped instanceof MojoExecutionException execution) {
      throw execution;
    }
    throw (MojoFailureException) mapped;
  }
}

package io.kfp4j.images;

import io.kfp4j.runtime.Kfp4jException;
import java.util.Map;

/**
 * A build that failed for a reason its message explains, with the fix: a missing base, a registry, credentials. Its
 * kind is {@link Kfp4jException.Kind#IMAGE} unless it says otherwise; its facts may name the {@code registry}, the
 * {@code image}, the {@code file} and the {@code option} that fixes it ({@code insecure}, {@code login},
 * {@code cache}).
 */
public class ImageBuildException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed and how to fix it */
  public ImageBuildException(String message) {
    super(Kind.IMAGE, message);
  }

  /** @param message what failed and how to fix it @param cause the underlying failure */
  public ImageBuildException(String message, Throwable cause) {
    super(Kind.IMAGE, message, cause);
  }

  /**
   * @param kind what went wrong
   * @param problem what failed, with its facts
   * @param fix what a library user does about it, or {@code null}
   * @param facts named facts ({@link Kfp4jException.Fact})
   * @param cause the underlying failure, or {@code null}
   */
  public ImageBuildException(Kind kind, String problem, String fix, Map<String, String> facts, Throwable cause) {
    super(kind, problem, fix, facts, cause);
  }
}

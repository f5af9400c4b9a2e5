package io.kfp4j.images;

/** A build that failed for a reason its message explains, with the fix: a missing base, a registry, credentials. */
public class ImageBuildException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed and how to fix it */
  public ImageBuildException(String message) {
    super(message);
  }

  /** @param message what failed and how to fix it @param cause the underlying failure */
  public ImageBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}

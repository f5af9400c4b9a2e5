package io.kfp4j.runtime.internal.entry;

/** A command line the entry cannot use: the message names the flag, the value and what was expected. */
public final class ArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** @param message the flag, the value and what was expected */
  public ArgumentException(String message) {
    super(message);
  }
}

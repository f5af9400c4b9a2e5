package io.kfp4j.runtime.internal.entry;

/** A command line the entry cannot use: the message names the flag, the value and what was expected. */
public final class ArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, without the flag: {@code cannot read "abc" as a Float such as 1.5}. */
  private final String problem;

  /** @param message the flag, the value and what was expected */
  public ArgumentException(String message) {
    super(message);
    this.problem = message;
  }

  /**
   * A value of a flag that cannot be used.
   *
   * @param flag the flag's name, without {@code --}
   * @param problem the value and what was expected
   */
  public ArgumentException(String flag, String problem) {
    super("flag --" + flag + ": " + problem);
    this.problem = problem;
  }

  /** What is wrong with the value, without the flag's name, for callers that name the value their own way. */
  public String problem() {
    return problem;
  }
}

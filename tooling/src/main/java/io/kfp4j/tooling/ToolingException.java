package io.kfp4j.tooling;

import io.kfp4j.runtime.Kfp4jException;
import java.util.Map;

/**
 * A failure of a tooling step that a front end reports to its user as a message, not a stack trace: the message
 * states the facts and the fix, worded for the front end through {@link FrontEnd}. The {@link Kfp4jException.Kind}
 * lets a front end choose its exit code or build-failure type without parsing messages.
 */
public class ToolingException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  /**
   * @param kind what went wrong
   * @param message the facts and the fix
   */
  public ToolingException(Kind kind, String message) {
    super(kind, message);
  }

  /**
   * @param kind what went wrong
   * @param message the facts and the fix
   * @param cause the underlying exception
   */
  public ToolingException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }

  /**
   * @param kind what went wrong
   * @param problem what went wrong, with its facts
   * @param fix what to do about it, or {@code null}
   * @param facts named facts ({@link Kfp4jException.Fact})
   * @param cause the underlying exception, or {@code null}
   */
  public ToolingException(Kind kind, String problem, String fix, Map<String, String> facts, Throwable cause) {
    super(kind, problem, fix, facts, cause);
  }

  /**
   * A library failure within a step that the message names first: {@code "cannot upload p.yaml to https://h: "}
   * followed by the cause's problem; the kind, the fix and the facts are the cause's.
   *
   * @param context what was being done, ending with {@code ": "}
   * @param cause the library failure
   */
  public ToolingException(String context, Kfp4jException cause) {
    super(cause.kind(), context + cause.problem(), cause.fix().orElse(null), cause.facts(), cause);
  }
}

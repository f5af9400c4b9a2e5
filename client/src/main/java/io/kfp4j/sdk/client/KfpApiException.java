package io.kfp4j.sdk.client;

import io.kfp4j.runtime.Kfp4jException;

/**
 * A call to the KFP API that failed: the server answered with an error status, the answer could not be read, or no
 * answer came (status {@code 0}). The message names the method, the path, the status and the server's own message;
 * it never holds the bearer token or the cookies. Its kind is {@link Kfp4jException.Kind#NOT_FOUND} for a 404,
 * else {@link Kfp4jException.Kind#SERVER}; its facts hold the {@code status} and, for a refused token, the
 * {@code option} {@code token}.
 */
public class KfpApiException extends Kfp4jException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String method;
  private final String path;
  private final String serverMessage;

  /**
   * @param status the HTTP status, or {@code 0} without an answer
   * @param method the HTTP method
   * @param path the request path with its query
   * @param serverMessage the server's own message, or {@code null}
   * @param message what failed
   * @param cause the underlying failure, or {@code null}
   */
  public KfpApiException(int status, String method, String path, String serverMessage, String message,
      Throwable cause) {
    this(status, method, path, serverMessage, message, null, null, cause);
  }

  /**
   * @param status the HTTP status, or {@code 0} without an answer
   * @param method the HTTP method
   * @param path the request path with its query
   * @param serverMessage the server's own message, or {@code null}
   * @param problem what failed
   * @param fix what to do about it, or {@code null}
   * @param option the setting that fixes it ({@link Kfp4jException.Fact#OPTION}), or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public KfpApiException(int status, String method, String path, String serverMessage, String problem, String fix,
      String option, Throwable cause) {
    super(status == 404 ? Kind.NOT_FOUND : Kind.SERVER, problem, fix,
        facts(Fact.STATUS, String.valueOf(status), Fact.OPTION, option), cause);
    this.status = status;
    this.method = method;
    this.path = path;
    this.serverMessage = serverMessage;
  }

  /** The HTTP status, or {@code 0} when no response came (connection refused or reset, timeout). */
  public int status() {
    return status;
  }

  /** {@code GET}, {@code POST} or {@code DELETE}. */
  public String method() {
    return method;
  }

  /** The request path with its query ({@code /apis/v1beta1/runs/r1}). */
  public String path() {
    return path;
  }

  /** The server's {@code error} (or {@code message}) text, the start of a body that is not JSON, or {@code null}. */
  public String serverMessage() {
    return serverMessage;
  }
}

package io.kfp4j.sdk.client;

/**
 * A call to the KFP API that failed: the server answered with an error status, the answer could not be read, or no
 * answer came (status {@code 0}). The message names the method, the path, the status and the server's own message;
 * it never holds the bearer token or the cookies.
 */
public class KfpApiException extends RuntimeException {
  private final int status;
  private final String method;
  private final String path;
  private final String serverMessage;

  public KfpApiException(int status, String method, String path, String serverMessage, String message,
      Throwable cause) {
    super(message, cause);
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

package io.kfp4j.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request and its response, as the routes use them: the request's method, address and headers; the response's
 * status, headers and body, written blocking (the routes run on a pool thread; Jetty writes without one).
 */
final class Exchange implements AutoCloseable {
  private final Request request;
  private final Response response;
  private OutputStream body;

  Exchange(Request request, Response response) {
    this.request = request;
    this.response = response;
  }

  String method() {
    return request.getMethod();
  }

  /**
   * The request's path and query as sent, still encoded.
   *
   * @throws IllegalArgumentException when they are not a valid URI (a malformed {@code %} escape)
   */
  URI uri() {
    return URI.create(request.getHttpURI().getPathQuery());
  }

  /** A request header's first value, or {@code null}. */
  String header(String name) {
    return request.getHeaders().get(name);
  }

  void setHeader(String name, String value) {
    response.getHeaders().put(name, value);
  }

  /** Sets the status and, when {@code length} is not negative, the body's length; headers set later are ignored. */
  void sendResponseHeaders(int status, long length) {
    response.setStatus(status);
    if (length >= 0) {
      response.getHeaders().put("Content-Length", String.valueOf(length));
    }
  }

  /** The response body; closing it (or the exchange) finishes the response. */
  OutputStream body() {
    if (body == null) {
      body = Content.Sink.asOutputStream(response);
    }
    return body;
  }

  @Override
  public void close() throws IOException {
    body().close();
  }
}

package io.kfp4j.sdk.client;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The HTTP exchange under {@link KfpClient}: JSON in and out, the bearer token and cookies, retries with backoff for
 * idempotent calls (GET, DELETE) on connection errors and 502/503/504, and errors as {@link KfpApiException} with
 * the token and cookies taken out of every message.
 */
final class KfpHttp {
  static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

  private final KfpConfig config;
  private final HttpClient http;

  KfpHttp(KfpConfig config) {
    this.config = config;
    HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER);
    if (config.proxy() != null) {
      builder.proxy(ProxySelector.of(config.proxy()));
    }
    if (config.caCertificate() != null) {
      builder.sslContext(TrustedCertificates.sslContext(config.caCertificate()));
    }
    this.http = builder.build();
  }

  /** A JSON call; {@code body} is a record (written as JSON) or {@code null}. Returns the answer's JSON tree. */
  JsonNode json(String method, String path, Object body) {
    byte[] bytes = null;
    if (body != null) {
      try {
        bytes = JSON.writeValueAsBytes(body);
      } catch (JacksonException e) {
        throw new IllegalArgumentException("cannot write the request body of " + method + " " + path + " as JSON: "
            + e.getOriginalMessage(), e);
      }
    }
    return exchange(method, path, bytes, "application/json");
  }

  /** Reads a JSON tree into a record. */
  <T> T read(JsonNode node, Class<T> type, String method, String path) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JacksonException e) {
      throw new KfpApiException(200, method, path, null, method + " " + path + ": the server's answer does not fit "
          + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Sends a request and returns the answer's JSON tree (an empty object for an empty body). */
  JsonNode exchange(String method, String path, byte[] body, String contentType) {
    boolean idempotent = method.equals("GET") || method.equals("DELETE");
    int attempts = idempotent ? config.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = http.send(request(method, path, body, contentType), HttpResponse.BodyHandlers.ofByteArray());
      } catch (HttpTimeoutException e) {
        if (!(e instanceof HttpConnectTimeoutException)) {
          throw failure(0, method, path, null, "no answer within " + seconds(config.requestTimeout())
              + " (the request timeout); the server is slow or the request too large", e);
        }
        if (attempt >= attempts) {
          throw unreachable(method, path, e, attempt);
        }
        pause(attempt, method, path);
        continue;
      } catch (IOException e) {
        if (attempt >= attempts) {
          throw unreachable(method, path, e, attempt);
        }
        pause(attempt, method, path);
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure(0, method, path, null, "interrupted", e);
      }
      int status = response.statusCode();
      if (RETRIED_STATUSES.contains(status) && attempt < attempts) {
        pause(attempt, method, path);
        continue;
      }
      if (status >= 300) {
        throw httpError(status, method, path, response.body(), attempt);
      }
      return parse(status, method, path, response.body());
    }
  }

  private HttpRequest request(String method, String path, byte[] body, String contentType) {
    URI uri;
    try {
      uri = new URI(config.host() + path);
    } catch (URISyntaxException e) {
      // the exception's own message repeats the address, user info and all
      throw failure(0, method, path, null, "the endpoint " + Redaction.endpoint(config.host()) + " is not a valid URL ("
          + e.getReason() + " at character " + e.getIndex() + ")", "give the KFP API's URL, e.g. http://localhost:8888",
          "endpoint", null);
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(config.requestTimeout()).header("Accept", "application/json").header("Content-Type", contentType);
    if (config.token() != null) {
      b.header("Authorization", "Bearer " + config.token().value());
    }
    if (config.cookies() != null) {
      b.header("Cookie", config.cookies());
    }
    return b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body)).build();
  }

  private JsonNode parse(int status, String method, String path, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(text);
    } catch (JacksonException e) {
      throw failure(status, method, path, excerpt(text), "HTTP " + status + " but the answer is not JSON ("
          + e.getOriginalMessage() + "): " + excerpt(text) + "; is " + Redaction.endpoint(config.host()) + " a KFP API endpoint?", e);
    }
  }

  private KfpApiException httpError(int status, String method, String path, byte[] body, int attempts) {
    String text = new String(body, StandardCharsets.UTF_8);
    String server = null;
    try {
      JsonNode node = JSON.readTree(text);
      if (node != null && node.isObject()) {
        server = node.hasNonNull("error") ? node.get("error").asText()
            : node.hasNonNull("message") ? node.get("message").asText() : null;
      }
    } catch (JacksonException e) {
      server = null;
    }
    if (server == null && !text.isBlank()) {
      server = excerpt(text);
    }
    StringBuilder message = new StringBuilder("HTTP ").append(status);
    if (server != null) {
      message.append(": ").append(server);
    }
    if (attempts > 1) {
      message.append(" (after ").append(attempts).append(" attempts)");
    }
    String fix = null;
    String option = null;
    if (status == 401 || status == 403) {
      fix = "check the bearer token or the cookies, and the namespace";
      option = "token";
    } else if (status >= 300 && status < 400) {
      fix = "the server redirects (to a login page?): pass a token or cookies, or use the API's own URL";
      option = "token";
    }
    return failure(status, method, path, server, message.toString(), fix, option, null);
  }

  private KfpApiException unreachable(String method, String path, IOException e, int attempts) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
    return failure(0, method, path, null, "cannot reach " + Redaction.endpoint(config.host()) + " (" + reason + ")"
        + (attempts > 1 ? " after " + attempts + " attempts" : ""), e);
  }

  private KfpApiException failure(int status, String method, String path, String server, String what, Throwable c) {
    return failure(status, method, path, server, what, null, null, c);
  }

  private KfpApiException failure(int status, String method, String path, String server, String what, String fix,
      String option, Throwable c) {
    String serverText = redact(server);
    return new KfpApiException(status, method, path, serverText, redact(method + " " + path + " failed: " + what), fix,
        option, c);
  }

  /**
   * The text with the token and the cookies (whole, and each cookie's value) replaced by {@code ***}, and every URL
   * in it without user info or credential-like query values ({@link Redaction}).
   */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = Redaction.urls(text);
    if (config.token() != null) {
      String token = safeToken();
      if (token != null && !token.isEmpty()) {
        out = out.replace(token, "***");
      }
    }
    if (config.cookies() != null && !config.cookies().isBlank()) {
      out = out.replace(config.cookies(), "***");
      for (String cookie : config.cookies().split(";")) {
        int eq = cookie.indexOf('=');
        String value = eq < 0 ? cookie.strip() : cookie.substring(eq + 1).strip();
        if (value.length() >= 4) {
          out = out.replace(value, "***");
        }
      }
    }
    return out;
  }

  private String safeToken() {
    try {
      return config.token().value();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void pause(int attempt, String method, String path) {
    long millis = config.retryBackoff().toMillis() << Math.min(attempt - 1, 16);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(0, method, path, null, "interrupted while waiting to retry", e);
    }
  }

  private static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}

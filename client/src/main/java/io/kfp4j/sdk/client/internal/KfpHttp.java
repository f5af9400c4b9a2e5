package io.kfp4j.sdk.client.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.ListQuery;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.Redaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The HTTP exchange under both KFP clients (v1beta1 and v2beta1): JSON in and out, the bearer token and cookies, retries with backoff for
 * idempotent calls (GET, DELETE) on connection errors and 502/503/504, and errors as {@link KfpApiException} with
 * the token and cookies taken out of every message.
 */
public final class KfpHttp {
  /** Reads answers leniently: servers add fields. */
  public static final ObjectMapper JSON = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

  private final KfpConfig config;
  private final HttpClient http;

  /** An exchange with the server of this configuration. */
  public KfpHttp(KfpConfig config) {
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
  public JsonNode json(String method, String path, Object body) {
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
  public <T> T read(JsonNode node, Class<T> type, String method, String path) {
    try {
      return JSON.treeToValue(node, type);
    } catch (JacksonException e) {
      throw new KfpApiException(200, method, path, null, method + " " + path + ": the server's answer does not fit "
          + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Sends a request and returns the answer's JSON tree (an empty object for an empty body). */
  public JsonNode exchange(String method, String path, byte[] body, String contentType) {
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
        if (attempt >= attempts || e instanceof ConnectException) {
          // refused: nothing listens there, which waiting rarely changes (a reset or a timeout is retried)
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

  /** {@code GET}s a path and reads the answer into a record. */
  public <T> T get(String path, Class<T> type) {
    return read(json("GET", path, null), type, "GET", path);
  }

  /** {@code POST}s a record as JSON and reads the answer into a record. */
  public <T> T post(String path, Object body, Class<T> type) {
    return read(json("POST", path, body), type, "POST", path);
  }

  /** {@code POST}s one file as kfp's uploads send it (field {@code uploadfile}) and reads the answer. */
  public <T> T upload(String path, String fileName, byte[] content, Class<T> type) {
    Multipart multipart = Multipart.file("uploadfile", fileName, content);
    return read(exchange("POST", path, multipart.body(), multipart.contentType()), type, "POST", path);
  }

  /** {@code GET}s one page of a list answer: the items under {@code field}, {@code total_size}, {@code next_page_token}. */
  public <T> Page<T> page(String path, String field, Class<T> type) {
    JsonNode node = json("GET", path, null);
    List<T> items = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      items.add(read(item, type, "GET", path));
    }
    return new Page<>(items, node.path("total_size").asInt(items.size()), node.path("next_page_token").asText(""));
  }

  /** Every item from this query's page on, page after page (each page one call). */
  public static <T> List<T> collect(ListQuery query, Function<ListQuery, Page<T>> fetch) {
    List<T> all = new ArrayList<>();
    ListQuery q = query;
    while (true) {
      Page<T> page = fetch.apply(q);
      all.addAll(page.items());
      if (!page.hasNext()) {
        return all;
      }
      q = q.withPageToken(page.nextPageToken());
    }
  }

  /** The query string of a list call: {@code page_token}, {@code page_size}, {@code sort_by}, always sent. */
  public static QueryString listQuery(ListQuery query) {
    return new QueryString().add("page_token", query.pageToken()).add("page_size", query.pageSize())
        .add("sort_by", query.sortBy());
  }

  /** An id as one path segment: percent-encoded, spaces as {@code %20}. */
  public static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The bytes of a pipeline package file.
   *
   * @throws UncheckedIOException naming the file when it cannot be read
   */
  public static byte[] readPackage(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pipeline package " + file + ": " + e.getMessage(), e);
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
        + (attempts > 1 ? " after " + attempts + " attempts" : ""), "check the endpoint and that KFP's API answers"
        + " there (for a cluster: kubectl port-forward -n kubeflow svc/ml-pipeline-ui 8080:80, then"
        + " http://localhost:8080)", "endpoint", e);
  }

  private KfpApiException failure(int status, String method, String path, String server, String what, Throwable c) {
    return failure(status, method, path, server, what, null, null, c);
  }

  private KfpApiException failure(int status, String method, String path, String server, String what, String fix,
      String option, Throwable c) {
    String serverText = redact(server);
    return new KfpApiException(status, method, path, serverText, redact(method + " " + shown(path) + " failed: " + what),
        fix, option, c);
  }

  /**
   * The text with the token and the cookies (whole, and each cookie's value) replaced by {@code ***}, and every URL
   * in it without user info or credential-like query values ({@link Redaction}).
   */
  public String redact(String text) {
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

  /**
   * The request's path as a person reads it: {@code sort_by=created_at desc}, not {@code created_at+desc} (the query
   * is form-encoded, so {@code +} is a space and a plus is {@code %2B}).
   */
  public static String shown(String path) {
    try {
      return URLDecoder.decode(path, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
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

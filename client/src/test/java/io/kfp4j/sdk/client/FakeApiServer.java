package io.kfp4j.sdk.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the fake KFP servers of the contract tests share: an HTTP server on 127.0.0.1 that records each request,
 * answers queued faults ({@link #fail}) first, then routes the request to the subclass, whose bodies it checks
 * against the Swagger definitions of its API ({@link #checked}, {@link #answer}). A request the fake refuses is kept
 * in {@link #problems}, which the tests assert empty.
 */
public abstract class FakeApiServer implements AutoCloseable {
  protected static final ObjectMapper JSON = JsonMapper.builder().build();

  /** One request as received: the path with its raw query, the headers, the body. */
  public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** An answer the server gives instead of its own, to the next request of this method and path prefix. */
  record Fault(String method, String pathPrefix, int status, String body, long delayMillis) {}

  private final HttpServer server;
  public final List<Request> requests = new CopyOnWriteArrayList<>();
  public final List<String> problems = new CopyOnWriteArrayList<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, Integer> ids = new java.util.HashMap<>();
  protected final SwaggerSchema swagger;

  /** Starts the server; the definitions are compiled first, so that the first timed request does not pay for it. */
  protected FakeApiServer(SwaggerSchema swagger, List<String> definitions) throws IOException {
    this.swagger = swagger;
    for (String d : definitions) {
      swagger.problems(d, "{}");
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers the next request of this method and path prefix with this status and body, after a delay. */
  public synchronized FakeApiServer fail(String method, String pathPrefix, int status, String body, long delayMillis) {
    faults.add(new Fault(method, pathPrefix, status, body, delayMillis));
    return this;
  }

  public List<Request> requests(String method, String pathPrefix) {
    return requests.stream().filter(r -> r.method.equals(method) && r.path.startsWith(pathPrefix)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The answer to a request, as a value written as JSON; throws {@link NotFound} or {@link BadRequest}. */
  protected abstract Object route(String method, String path, Map<String, String> query, byte[] body,
      String contentType) throws IOException;

  /** The error body of the API ({@code apiStatus}, {@code googlerpcStatus}). */
  protected abstract Object errorBody(int code, String message);

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(new Request(method, path + (query == null ? "" : "?" + query),
          Map.copyOf(exchange.getRequestHeaders()), body));
      Fault fault = nextFault(method, path);
      if (fault != null) {
        sleep(fault.delayMillis);
        send(exchange, fault.status, fault.body);
        return;
      }
      Object answer;
      try {
        answer = route(method, path, params(query), body, exchange.getRequestHeaders().getFirst("Content-Type"));
      } catch (NotFound e) {
        send(exchange, 404, json(errorBody(5, e.getMessage())));
        return;
      } catch (Refused e) {
        send(exchange, e.status, json(errorBody(e.status == 400 ? 9 : 2, e.getMessage())));
        return;
      } catch (BadRequest e) {
        problems.add(method + " " + path + ": " + e.getMessage());
        send(exchange, 400, json(errorBody(3, e.getMessage())));
        return;
      }
      send(exchange, 200, json(answer));
    }
  }

  private synchronized Fault nextFault(String method, String path) {
    for (Fault f : faults) {
      if (f.method.equals(method) && path.startsWith(f.pathPrefix)) {
        faults.remove(f);
        return f;
      }
    }
    return null;
  }

  /** The body read as a map, after checking it against the Swagger definition ({@link BadRequest} when not). */
  @SuppressWarnings("unchecked")
  protected Map<String, Object> checked(String definition, byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    List<String> found = swagger.problems(definition, text);
    if (!found.isEmpty()) {
      throw new BadRequest("the body is not a valid " + definition + ": " + found);
    }
    return JSON.readValue(text, LinkedHashMap.class);
  }

  /** An answer, checked against its Swagger definition first: a fake that breaks the contract is a problem too. */
  protected Object answer(String definition, Object body) {
    List<String> found = swagger.problems(definition, json(body));
    if (!found.isEmpty()) {
      problems.add("the fake server's own " + definition + " is invalid: " + found);
    }
    return body;
  }

  protected synchronized String id(String prefix) {
    return prefix + "-" + ids.merge(prefix, 1, Integer::sum);
  }

  protected static <V> V find(Map<String, V> items, String id) {
    V item = items.get(URLDecoder.decode(id, StandardCharsets.UTF_8));
    if (item == null) {
      throw new NotFound("no resource " + id);
    }
    return item;
  }

  /** A page: the token is the offset of its first item. */
  protected static Map<String, Object> page(List<Map<String, Object>> all, Map<String, String> q, String field) {
    int from = q.getOrDefault("page_token", "").isEmpty() ? 0 : Integer.parseInt(q.get("page_token"));
    int size = Integer.parseInt(q.getOrDefault("page_size", "10"));
    int to = Math.min(all.size(), from + size);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(field, new ArrayList<>(all.subList(Math.min(from, to), to)));
    page.put("total_size", all.size());
    if (to < all.size()) {
      page.put("next_page_token", String.valueOf(to));
    }
    return page;
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> q = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  protected static String json(Object value) {
    try {
      return value instanceof String s ? s : JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Answered with 404. */
  protected static final class NotFound extends RuntimeException {
    public NotFound(String message) {
      super(message);
    }
  }

  /** Answered with 400, and kept as a problem. */
  protected static final class BadRequest extends RuntimeException {
    public BadRequest(String message) {
      super(message);
    }
  }

  /**
   * Answered with its status and not kept as a problem: the server's refusal of a request the contract allows
   * (deleting a pipeline that still has versions, say).
   */
  protected static final class Refused extends RuntimeException {
    final int status;

    public Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }
}

package io.kfp4j.ui.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One DevTools WebSocket connection: commands are matched to their answers by id, events are handed to the
 * handlers registered for their method name (on the WebSocket's thread, so handlers must not block).
 */
final class CdpConnection implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

  private record Pending(String method, CompletableFuture<JsonNode> result) {}

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<JsonNode>>> handlers = new ConcurrentHashMap<>();
  private final WebSocket socket;
  private volatile String closed;

  CdpConnection(HttpClient http, URI webSocketUrl) {
    try {
      socket = http.newWebSocketBuilder()
          .connectTimeout(COMMAND_TIMEOUT)
          .buildAsync(webSocketUrl, new Receiver())
          .get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot open the DevTools WebSocket " + webSocketUrl + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted opening " + webSocketUrl, e);
    }
  }

  /** Calls {@code handler} with the params of each later event named {@code method}. */
  void on(String method, Consumer<JsonNode> handler) {
    handlers.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(handler);
  }

  /** Sends one command and waits up to {@link #COMMAND_TIMEOUT} for its result. */
  JsonNode send(String method, ObjectNode params) {
    if (closed != null) {
      throw new IllegalStateException("CDP " + method + ": the connection " + closed);
    }
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    CompletableFuture<JsonNode> result = new CompletableFuture<>();
    pending.put(id, new Pending(method, result));
    try {
      synchronized (socket) { // the JDK WebSocket allows one outstanding send at a time
        socket.sendText(message.toString(), true).get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
      return result.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "CDP " + method + ": no answer within " + COMMAND_TIMEOUT.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("CDP " + method + ": interrupted", e);
    } finally {
      pending.remove(id);
    }
  }

  @Override
  public void close() {
    closed("was closed");
    socket.abort();
  }

  private void closed(String reason) {
    closed = reason;
    pending.values().forEach(p ->
        p.result.completeExceptionally(new IllegalStateException("CDP " + p.method + ": the connection " + reason)));
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON from DevTools: " + text, e);
    }
    if (message.has("id")) {
      Pending p = pending.get(message.get("id").asInt());
      if (p == null) {
        return; // its sender timed out
      }
      JsonNode error = message.get("error");
      if (error != null) {
        String why = error.path("message").asText() + " " + error.path("data").asText("");
        p.result.completeExceptionally(new IllegalStateException("CDP " + p.method + " failed: " + why.strip()));
      } else {
        p.result.complete(message.path("result"));
      }
    } else {
      handlers.getOrDefault(message.path("method").asText(), List.of())
          .forEach(handler -> handler.accept(message.path("params")));
    }
  }

  /** Puts text frames that arrive in parts back together before dispatching them. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        String message = text.toString();
        text.setLength(0);
        dispatch(message);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed("was closed by Chromium (" + statusCode + " " + reason + ")");
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed("failed: " + error);
    }
  }
}

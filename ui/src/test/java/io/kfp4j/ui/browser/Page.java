package io.kfp4j.ui.browser;

import static io.kfp4j.ui.browser.CdpConnection.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One browser tab. From the start it records console errors and uncaught exceptions ({@link #errors()}) and the
 * URL of every request it makes ({@link #requests()}). Failures of the page under test (a JavaScript exception,
 * a condition that never holds, nothing to click) throw {@link AssertionError}; failures of the protocol throw
 * {@link IllegalStateException}.
 */
public final class Page implements AutoCloseable {

  private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(15);

  private final CdpConnection cdp;
  private final List<String> errors = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  Page(CdpConnection cdp) {
    this.cdp = cdp;
    cdp.on("Runtime.consoleAPICalled", event -> {
      if (event.path("type").asText().equals("error")) {
        errors.add("console.error: " + StreamSupport.stream(event.path("args").spliterator(), false)
            .map(arg -> arg.has("value") ? arg.get("value").asText() : arg.path("description").asText())
            .collect(Collectors.joining(" ")));
      }
    });
    cdp.on("Runtime.exceptionThrown", event -> errors.add("uncaught " + describe(event.path("exceptionDetails"))));
    cdp.on("Network.requestWillBeSent", event -> requests.add(event.path("request").path("url").asText()));
    cdp.on("Page.loadEventFired", event -> loaded.complete(null));
    for (String domain : List.of("Page", "Runtime", "Network")) {
      cdp.send(domain + ".enable", null);
    }
  }

  /** Opens {@code url} and waits for its load event (not for a same-document navigation, which has none). */
  public void navigate(String url) {
    CompletableFuture<Void> load = new CompletableFuture<>();
    loaded = load;
    JsonNode result = cdp.send("Page.navigate", params().put("url", url));
    if (result.hasNonNull("errorText")) {
      throw new AssertionError("navigating to " + url + " failed: " + result.get("errorText").asText());
    }
    if (!result.hasNonNull("loaderId")) {
      return;
    }
    try {
      load.get(LOAD_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new AssertionError("navigating to " + url + ": no load event within " + LOAD_TIMEOUT.toSeconds()
          + " s (document.readyState is " + eval("document.readyState") + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted loading " + url, e);
    }
  }

  /**
   * The value of a JavaScript expression, after awaiting it if it is a promise, as JSON. {@code undefined} and
   * what JSON cannot hold (NaN, Infinity, BigInt) come back as {@code null}; DOM nodes as {@code {}}.
   *
   * @throws AssertionError when the expression throws or its promise rejects, with the exception's text
   */
  public JsonNode eval(String expression) {
    JsonNode result = cdp.send("Runtime.evaluate", params()
        .put("expression", expression).put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new AssertionError("JavaScript threw " + describe(result.get("exceptionDetails")) + "\n  evaluating: "
          + expression);
    }
    JsonNode value = result.path("result").path("value");
    return value.isMissingNode() ? NullNode.getInstance() : value;
  }

  /**
   * Evaluates {@code condition} every 100 ms until it is truthy (an exception counts as not yet) and returns that
   * value.
   *
   * @throws AssertionError naming the condition and its last value when {@code timeout} passes first
   */
  public JsonNode waitFor(String condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String last;
      try {
        JsonNode value = eval(condition);
        if (truthy(value)) {
          return value;
        }
        last = value.toString();
      } catch (AssertionError e) {
        last = e.getMessage();
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            "waited " + timeout.toMillis() + " ms for `" + condition + "` to be truthy; its last value: " + last);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for " + condition, e);
      }
    }
  }

  /**
   * Clicks the first element matching {@code cssSelector}: JavaScript {@code element.click()}, or for an SVG
   * element, which has none, a bubbling click event.
   */
  public void click(String cssSelector) {
    boolean clicked = eval("(() => { const e = document.querySelector(" + jsString(cssSelector) + ");"
        + " if (e && e.click) e.click(); else if (e) e.dispatchEvent(new MouseEvent('click',"
        + " {bubbles: true, cancelable: true, view: window})); return !!e; })()").asBoolean();
    if (!clicked) {
      throw new AssertionError("nothing to click: no element matches `" + cssSelector + "` on "
          + eval("location.href").asText());
    }
  }

  /** Writes a PNG of the whole page (not only the viewport) to {@code file}, creating its directory; returns it. */
  public Path screenshot(Path file) {
    JsonNode size = cdp.send("Page.getLayoutMetrics", null).path("cssContentSize");
    ObjectNode clip = params().put("x", 0).put("y", 0).put("scale", 1)
        .put("width", size.path("width").asDouble()).put("height", size.path("height").asDouble());
    ObjectNode params = params().put("format", "png").put("captureBeyondViewport", true);
    params.set("clip", clip);
    byte[] png = Base64.getDecoder().decode(cdp.send("Page.captureScreenshot", params).path("data").asText());
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Console errors ({@code console.error: ...}) and uncaught exceptions ({@code uncaught ...}) so far. */
  public List<String> errors() {
    return List.copyOf(errors);
  }

  /** The URL of every request this page has sent so far, in order. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** Any other DevTools command on this tab, e.g. {@code Emulation.setDeviceMetricsOverride}; returns its result. */
  public JsonNode send(String method, ObjectNode params) {
    return cdp.send(method, params);
  }

  /** Closes the tab and the DevTools connection to it. */
  @Override
  public void close() {
    try {
      cdp.send("Page.close", null);
    } catch (IllegalStateException e) {
      // the tab or its connection is gone already
    }
    disconnect();
  }

  void disconnect() {
    cdp.close();
  }

  private static ObjectNode params() {
    return JSON.createObjectNode();
  }

  /** An exception's description (with its stack), else the thrown value, else the details' text. */
  private static String describe(JsonNode details) {
    JsonNode exception = details.path("exception");
    if (exception.has("description")) {
      return exception.get("description").asText();
    }
    return exception.has("value") ? exception.get("value").toString() : details.path("text").asText();
  }

  private static boolean truthy(JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return false;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isNumber()) {
      return value.asDouble() != 0;
    }
    return !value.isTextual() || !value.asText().isEmpty();
  }

  private static String jsString(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

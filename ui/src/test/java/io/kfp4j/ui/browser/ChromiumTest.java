package io.kfp4j.ui.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DevTools driver against a real headless Chromium and a page served on 127.0.0.1. */
class ChromiumTest {

  private static final String HTML = """
      <!doctype html>
      <html><head><title>cdp test</title><script src="/app.js"></script>
      <style>body { background: linear-gradient(90deg, #fde, #def); font: 16px sans-serif }</style></head>
      <body><h1>kfp4j</h1><ul id="list"></ul><button id="go">Go</button><p id="out">before</p></body></html>
      """;
  private static final String SCRIPT = """
      document.addEventListener('DOMContentLoaded', () => {
        for (const name of ['add', 'add-2', 'sum']) {
          const li = document.createElement('li');
          li.textContent = name;
          document.getElementById('list').append(li);
        }
        document.getElementById('go').addEventListener('click', () => {
          document.getElementById('out').textContent = 'clicked';
        });
        setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p id="late">late</p>'), 300);
        console.error('from the page', 42);
      });
      """;

  private static HttpServer server;
  private static String base;
  private static Chromium chromium;
  private Page page;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Map<String, String[]> files = Map.of(
        "/", new String[] {"text/html", HTML},
        "/app.js", new String[] {"text/javascript", SCRIPT});
    server.createContext("/", exchange -> {
      String[] file = files.get(exchange.getRequestURI().getPath());
      byte[] body = (file == null ? "not found" : file[1]).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", file == null ? "text/plain" : file[0] + "; charset=utf-8");
      exchange.sendResponseHeaders(file == null ? 404 : 200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    chromium = new Chromium();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    server.stop(0);
  }

  @BeforeEach
  void openPage() {
    page = chromium.newPage();
    page.navigate(base);
  }

  @AfterEach
  void closePage() {
    page.close();
  }

  @Test
  void evaluatesExpressionsAndPromises() {
    assertEquals("cdp test", page.eval("document.title").asText());
    assertEquals("[\"add\",\"add-2\",\"sum\"]",
        page.eval("[...document.querySelectorAll('#list li')].map(li => li.textContent)").toString());
    assertEquals(42, page.eval("new Promise(resolve => setTimeout(() => resolve(6 * 7), 50))").asInt());
    assertTrue(page.eval("undefined").isNull());
  }

  @Test
  void aJavaScriptExceptionFailsWithItsText() {
    AssertionError thrown = assertThrows(AssertionError.class, () -> page.eval("document.querySelector('#none').id"));
    assertTrue(thrown.getMessage().contains("TypeError: Cannot read properties of null (reading 'id')"),
        thrown.getMessage());
    assertTrue(thrown.getMessage().contains("evaluating: document.querySelector('#none').id"), thrown.getMessage());

    AssertionError rejected = assertThrows(AssertionError.class,
        () -> page.eval("Promise.reject(new Error('kaboom'))"));
    assertTrue(rejected.getMessage().contains("Error: kaboom"), rejected.getMessage());
  }

  @Test
  void waitsForAConditionAndNamesItOnTimeout() {
    assertEquals("late", page.waitFor("document.getElementById('late')?.textContent", Duration.ofSeconds(5)).asText());

    AssertionError thrown = assertThrows(AssertionError.class,
        () -> page.waitFor("document.title === 'never'", Duration.ofMillis(300)));
    assertTrue(thrown.getMessage().contains("`document.title === 'never'`"), thrown.getMessage());
    assertTrue(thrown.getMessage().endsWith("its last value: false"), thrown.getMessage());
  }

  @Test
  void clicksAndFailsClearlyWhenNothingMatches() {
    assertEquals("before", page.eval("document.getElementById('out').textContent").asText());
    page.click("#go");
    assertEquals("clicked", page.eval("document.getElementById('out').textContent").asText());

    AssertionError thrown = assertThrows(AssertionError.class, () -> page.click("#missing"));
    assertEquals("nothing to click: no element matches `#missing` on " + base, thrown.getMessage());
  }

  @Test
  void takesAPngScreenshot(@TempDir Path dir) throws IOException {
    Path png = page.screenshot(dir.resolve("shots/page.png"));
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 1024, bytes.length + " bytes");
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(bytes, 8));
  }

  @Test
  void recordsConsoleErrorsUncaughtExceptionsAndRequests() {
    page.waitFor("document.getElementById('late')", Duration.ofSeconds(5));
    page.eval("setTimeout(() => { throw new Error('unhandled') }, 0); new Promise(r => setTimeout(r, 100))");

    List<String> errors = page.errors();
    assertEquals(2, errors.size(), errors.toString());
    assertEquals("console.error: from the page 42", errors.get(0));
    assertTrue(errors.get(1).startsWith("uncaught Error: unhandled"), errors.get(1));

    List<String> requests = page.requests();
    assertTrue(requests.containsAll(List.of(base, base + "app.js")), requests.toString());
    assertTrue(requests.stream().allMatch(url -> url.startsWith("http://127.0.0.1:")), requests.toString());
  }

  @Test
  void aNewPageHasItsOwnRecordsAndCloses() {
    Page other = chromium.newPage();
    try (other) {
      assertEquals(List.of(), other.errors());
      assertEquals(List.of(), other.requests());
      assertEquals("about:blank", other.eval("location.href").asText());
    }
    IllegalStateException closed = assertThrows(IllegalStateException.class, () -> other.eval("1"));
    assertTrue(closed.getMessage().startsWith("CDP Runtime.evaluate: the connection was closed"), closed.getMessage());
  }

  @Test
  void closeEndsTheProcessTreeAndDeletesTheProfile() {
    Chromium second = new Chromium();
    second.page().navigate(base);
    List<ProcessHandle> tree = Stream.concat(
        Stream.of(second.process()), second.process().descendants()).toList();
    assertTrue(tree.size() > 1, "Chromium starts helper processes");

    second.close();
    assertFalse(tree.stream().anyMatch(ProcessHandle::isAlive), tree.toString());
    assertFalse(Files.exists(second.userDataDir()));
  }

  @Test
  void aMissingBinaryFailsWithHowToInstall() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> new Chromium(Path.of("/nonexistent/chromium")));
    assertEquals("Chromium not found at /nonexistent/chromium; install it with `apt-get install chromium`"
        + " (.ci/run does)", thrown.getMessage());
  }

  @Test
  void aBinaryThatExitsFailsWithItsStderr() {
    // sh rejects Chromium's flags and exits at once
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new Chromium(Path.of("/bin/sh")));
    assertTrue(thrown.getMessage().startsWith("Chromium (/bin/sh) exited with code 2"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("--"), thrown.getMessage());
  }
}

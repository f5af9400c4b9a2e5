package io.kfp4j.ui.browser;

import static io.kfp4j.ui.browser.CdpConnection.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A headless Chromium in a fresh profile, with its DevTools on a free port of 127.0.0.1. Its flags stop the
 * background connections Chromium makes on its own (the build's network is closed). {@link #close()} ends the
 * whole process tree and deletes the profile.
 *
 * <pre>{@code
 * try (Chromium chromium = new Chromium()) {
 *   Page page = chromium.page();
 *   page.navigate("http://127.0.0.1:" + port + "/");
 *   page.click("#go");
 *   page.waitFor("document.querySelector('#out').textContent === 'done'", Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class Chromium implements AutoCloseable {

  /** The binary when neither system property {@code kfp4j.chromium} nor env {@code KFP4J_CHROMIUM} names one. */
  public static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  private static final String LISTENING = "DevTools listening on ";
  private static final List<String> FLAGS = List.of(
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
      "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1400,1000");

  private final Path binary;
  private final Path userDataDir;
  private final Process process;
  private final Thread shutdownHook = new Thread(this::kill, "chromium-kill");
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private final CompletableFuture<Integer> portFromStderr = new CompletableFuture<>();
  private final Thread stderrReader;
  private final HttpClient http = HttpClient.newBuilder()
      .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Page> pages = new CopyOnWriteArrayList<>();
  private final int port;
  private Page page;

  /** Starts the configured binary: {@code -Dkfp4j.chromium}, else {@code $KFP4J_CHROMIUM}, else /usr/bin/chromium. */
  public Chromium() {
    this(configuredBinary());
  }

  /**
   * Starts {@code binary} and waits up to 20 s for its DevTools port.
   *
   * @throws IllegalStateException when the binary is missing, or exits or stays silent, with its last stderr lines
   */
  public Chromium(Path binary) {
    if (!Files.isExecutable(binary)) {
      throw new IllegalStateException(
          "Chromium not found at " + binary + "; install it with `apt-get install chromium` (.ci/run does)");
    }
    this.binary = binary;
    try {
      userDataDir = Files.createTempDirectory("kfp4j-chromium-");
      List<String> command = new ArrayList<>(List.of(binary.toString()));
      command.addAll(FLAGS);
      command.add("--user-data-dir=" + userDataDir);
      command.add("about:blank");
      process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + binary, e);
    }
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    stderrReader = new Thread(this::readStderr, "chromium-stderr");
    stderrReader.setDaemon(true);
    stderrReader.start();
    try {
      port = awaitPort();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The tab Chromium opened on about:blank (the same one on each call). */
  public synchronized Page page() {
    if (page == null) {
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      JsonNode target;
      while ((target = firstPageTarget()) == null) {
        if (System.nanoTime() - deadline > 0) {
          throw failure("lists no page target at http://127.0.0.1:" + port + "/json/list");
        }
        pause();
      }
      page = connect(target);
    }
    return page;
  }

  /** A new tab on about:blank, with its own error and request records. */
  public Page newPage() {
    return connect(devTools("PUT", "/json/new?about:blank"));
  }

  /** Kills Chromium and every process it started, then deletes its profile directory. */
  @Override
  public void close() {
    pages.forEach(Page::disconnect);
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down and runs the hook anyway
    }
    if (!Files.exists(userDataDir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(userDataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + userDataDir, e);
    }
  }

  /** Chromium's process, for tests of this class. */
  ProcessHandle process() {
    return process.toHandle();
  }

  /** The profile directory, for tests of this class. */
  Path userDataDir() {
    return userDataDir;
  }

  static Path configuredBinary() {
    String property = System.getProperty("kfp4j.chromium");
    if (property != null && !property.isBlank()) {
      return Path.of(property);
    }
    String env = System.getenv("KFP4J_CHROMIUM");
    return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_BINARY;
  }

  private JsonNode firstPageTarget() {
    for (JsonNode target : devTools("GET", "/json/list")) {
      if (target.path("type").asText().equals("page")) {
        return target;
      }
    }
    return null;
  }

  private Page connect(JsonNode target) {
    Page connected = new Page(new CdpConnection(http, URI.create(target.path("webSocketDebuggerUrl").asText())));
    pages.add(connected);
    return connected;
  }

  private JsonNode devTools(String method, String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw failure("answered " + method + " " + path + " with " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The port from the stderr line {@code DevTools listening on ws://...}, or else from {@code DevToolsActivePort}. */
  private int awaitPort() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    Path activePort = userDataDir.resolve("DevToolsActivePort");
    while (true) {
      if (portFromStderr.isDone()) {
        return portFromStderr.join();
      }
      try {
        return Integer.parseInt(Files.readAllLines(activePort).get(0).strip());
      } catch (IOException | IndexOutOfBoundsException | NumberFormatException e) {
        // not written (completely) yet
      }
      if (!process.isAlive()) {
        joinStderrReader();
        throw failure("exited with code " + process.exitValue() + " before its DevTools were listening");
      }
      if (System.nanoTime() - deadline > 0) {
        throw failure("did not open its DevTools port within " + START_TIMEOUT.toSeconds() + " s");
      }
      pause();
    }
  }

  private void readStderr() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (stderrTail) {
          stderrTail.addLast(line);
          if (stderrTail.size() > 30) {
            stderrTail.removeFirst();
          }
        }
        if (line.startsWith(LISTENING)) {
          portFromStderr.complete(URI.create(line.substring(LISTENING.length()).strip()).getPort());
        }
      }
    } catch (IOException e) {
      // the process is gone
    }
  }

  private void joinStderrReader() {
    try {
      stderrReader.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private IllegalStateException failure(String what) {
    String tail;
    synchronized (stderrTail) {
      tail = String.join("\n", stderrTail);
    }
    return new IllegalStateException("Chromium (" + binary + ") " + what + "; the last lines of its stderr:\n" + tail);
  }

  /** SIGTERM to the whole tree, then SIGKILL to what is still there after 5 s. */
  private void kill() {
    List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}

package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.RunStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI under clients that open connections and then send nothing, or send their request a byte at a time: the
 * others are still answered at once, and the slow ones lose their connections after the request time.
 */
class HostileClientsTest {
  /** How many idle and how many trickling connections the main test holds open. */
  static final int IDLE = 64;
  static final int TRICKLING = 64;

  @TempDir
  Path store;

  /** The case and more: 4 unfinished {@code GET /exp}, 64 idle, 64 trickling; a normal request in < 1 s. */
  @Test
  void aNormalRequestIsAnsweredWithinASecondWhileSlowClientsHoldConnections() throws Exception {
    List<Socket> hostile = new ArrayList<>();
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try (UiServer server = UiServer.start(new RunStore(store), 0)) {
      for (int i = 0; i < 4; i++) {
        Socket s = connect(server, null);
        s.getOutputStream().write("GET /exp".getBytes(StandardCharsets.ISO_8859_1));
        hostile.add(s);
      }
      for (int i = 0; i < IDLE; i++) {
        hostile.add(connect(server, null));
      }
      List<Socket> tricklers = new ArrayList<>();
      for (int i = 0; i < TRICKLING; i++) {
        Socket s = connect(server, null);
        s.getOutputStream().write(("GET /experiments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            .getBytes(StandardCharsets.ISO_8859_1));
        tricklers.add(s);
      }
      hostile.addAll(tricklers);
      trickle.scheduleAtFixedRate(() -> tricklers.forEach(s -> {
        try {
          s.getOutputStream().write('a');
        } catch (IOException e) {
          // closed by the server: that is allowed
        }
      }), 0, 300, TimeUnit.MILLISECONDS);
      Thread.sleep(500);

      long slowest = 0;
      for (int round = 0; round < 20; round++) {
        long start = System.nanoTime();
        String answer = get(server, "/experiments");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(millis < 1000, "round " + round + " took " + millis + " ms");
        slowest = Math.max(slowest, millis);
      }
      System.out.println("HostileClientsTest: 20 normal requests beside " + hostile.size()
          + " hostile connections, slowest " + slowest + " ms");
    } finally {
      trickle.shutdownNow();
      for (Socket s : hostile) {
        s.close();
      }
    }
  }

  /** A client that sends nothing, or trickles a byte at a time, has its connection closed after the request time. */
  @Test
  void slowRequestsLoseTheirConnectionAfterTheRequestTime() throws Exception {
    ClientLimits limits = new ClientLimits(256, Duration.ofMillis(800));
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try (UiServer server = UiServer.start(new RunStore(store), 0, limits);
        Socket idle = connect(server, null);
        Socket trickling = connect(server, null);
        Socket unfinished = connect(server, null)) {
      unfinished.getOutputStream().write("GET /exp".getBytes(StandardCharsets.ISO_8859_1));
      trickling.getOutputStream().write("GET /experiments HTTP/1.1\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
      trickle.scheduleAtFixedRate(() -> {
        try {
          trickling.getOutputStream().write('a');
        } catch (IOException e) {
          // closed by the server
        }
      }, 100, 100, TimeUnit.MILLISECONDS);
      long start = System.nanoTime();
      for (Socket s : List.of(idle, trickling, unfinished)) {
        assertClosedByServer(s);
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 3000, "closed after " + millis + " ms; the request time is 800 ms");
    } finally {
      trickle.shutdownNow();
    }
  }

  /** A keep-alive connection between requests is closed like an idle one, but a request on it is answered first. */
  @Test
  void aKeptAliveConnectionIsAnsweredThenClosedWhenIdle() throws Exception {
    ClientLimits limits = new ClientLimits(256, Duration.ofMillis(800));
    try (UiServer server = UiServer.start(new RunStore(store), 0, limits); Socket s = connect(server, null)) {
      s.getOutputStream().write("GET /static/app.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      byte[] head = new byte[12];
      assertEquals(12, s.getInputStream().readNBytes(head, 0, 12));
      assertEquals("HTTP/1.1 200", new String(head, StandardCharsets.ISO_8859_1));
      assertClosedByServer(s);
    }
  }

  /** A request head over 16 KiB is refused (431) without echoing it, and the server goes on serving. */
  @Test
  void anOversizedRequestHeadIsRefused() throws Exception {
    try (UiServer server = UiServer.start(new RunStore(store), 0); Socket s = connect(server, null)) {
      s.setSoTimeout(5000);
      String big = "x".repeat(UiServer.MAX_REQUEST_HEAD + 1024);
      s.getOutputStream().write(("GET /experiments HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
      assertTrue(!answer.contains("xxxxxxxx"), "the header is echoed: " + answer);
      assertTrue(get(server, "/experiments").startsWith("HTTP/1.1 200"));
    }
  }

  /** One address may hold {@code perClient} connections; past that it is refused, and other addresses are served. */
  @Test
  void oneClientCannotTakeEveryConnection() throws Exception {
    ClientLimits limits = new ClientLimits(8, Duration.ofSeconds(30));
    List<Socket> held = new ArrayList<>();
    try (UiServer server = UiServer.start(new RunStore(store), 0, limits)) {
      for (int i = 0; i < 8; i++) {
        held.add(connect(server, null));
      }
      Thread.sleep(200);
      Socket over = connect(server, null);
      held.add(over);
      assertClosedByServer(over);

      InetAddress other = InetAddress.getByName("127.0.0.2");
      String answer = get(server, "/experiments", other);
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);

      held.remove(0).close();
      Thread.sleep(200);
      assertTrue(get(server, "/experiments", null).startsWith("HTTP/1.1 200"), "a freed slot is usable again");
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  private static Socket connect(UiServer server, InetAddress from) throws IOException {
    Socket socket = new Socket();
    if (from != null) {
      socket.bind(new InetSocketAddress(from, 0));
    }
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 2000);
    return socket;
  }

  private static String get(UiServer server, String path) throws IOException {
    return get(server, path, null);
  }

  /** A whole request at once, with {@code Connection: close}; the answer's text. */
  private static String get(UiServer server, String path, InetAddress from) throws IOException {
    try (Socket socket = connect(server, from)) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The server closes the connection within 5 s: reading ends (after any error answer it sends first). */
  private static void assertClosedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(5000);
    InputStream in = socket.getInputStream();
    try {
      while (in.read() >= 0) {
        // an error answer such as 408 may come first
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server kept the connection open for over 5 s", e);
    } catch (IOException e) {
      // reset by the server: closed as well
    }
  }
}

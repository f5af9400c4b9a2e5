package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The UI's routes over HTTP, as an attacker would call them: paths that try to leave the store, a foreign Host
 * header, writing methods; and the headers that keep served files and pages inert.
 */
class RoutesSecurityTest {
  /** Content of a file beside the store, which no request may ever return. */
  static final String SECRET = "TOP-SECRET-" + UUID.randomUUID();

  @TempDir
  static Path base;
  static Path root;
  static Path secret;
  static List<RunResult> runs;
  static UiServer server;
  static HttpClient http;
  static String id;

  @BeforeAll
  static void start() throws IOException {
    root = base.resolve("store");
    secret = base.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    runs = StoreFixture.record(root);
    id = runs.get(0).record().id();
    Path outputs = root.resolve("runs").resolve(id).resolve("tasks/make-data/outputs");
    Files.createSymbolicLink(outputs.resolve("leak"), secret);
    Files.createSymbolicLink(outputs.resolve("leak-dir"), base);
    Files.write(outputs.resolve("blob.bin"), new byte[] {'P', 'K', 0, 1, 2, (byte) 0xff, 0, 'x'});
    server = UiServer.start(new RunStore(root), 0);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** An answer read off the wire. */
  record Answer(int status, Map<String, String> headers, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Sends a request exactly as written (no client normalizes its path or drops its headers). */
  static Answer raw(String method, String target, String host) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] all = socket.getInputStream().readAllBytes();
      return parse(all);
    }
  }

  static Answer raw(String target) throws IOException {
    return raw("GET", target, "127.0.0.1:" + server.port());
  }

  private static Answer parse(byte[] all) {
    int end = -1;
    for (int i = 0; i + 3 < all.length; i++) {
      if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
        end = i;
        break;
      }
    }
    assertTrue(end > 0, () -> "no HTTP head in: " + new String(all, StandardCharsets.ISO_8859_1));
    String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = unchunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < chunked.length) {
      int eol = at;
      while (chunked[eol] != '\r') {
        eol++;
      }
      int size = Integer.parseInt(new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(),
          16);
      if (size == 0) {
        break;
      }
      out.write(chunked, eol + 2, size);
      at = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static void assertNothingLeaks(Answer answer) throws IOException {
    String body = answer.body();
    assertFalse(body.contains(SECRET), "the file outside the store was served");
    assertFalse(body.contains("root:x:0:0"), "/etc/passwd was served");
    if (Files.isRegularFile(Path.of("/etc/passwd"))) {
      String passwd = Files.readString(Path.of("/etc/passwd"));
      assertFalse(!passwd.isEmpty() && body.contains(passwd.lines().findFirst().orElse("\0")), "/etc/passwd was served");
    }
  }

  /** Each path that tries to leave the store's root is a 404 that shows nothing of what lies outside. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/files/../../etc/passwd",
      "/files/%2e%2e/%2e%2e/etc/passwd",
      "/files/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
      "/files/runs/ID/..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd",
      "/files//etc/passwd",
      "/files/%2Fetc%2Fpasswd",
      "/files/runs/ID/tasks/x/%00",
      "/files/runs/ID/tasks/make-data/outputs/table/data%00",
      "/files/../secret.txt",
      "/files/%2e%2e/secret.txt",
      "/files/%2e%2e%2fsecret.txt",
      "/files/runs/ID/..%2F..%2F..%2Fsecret.txt",
      "/files/runs/ID/../../../secret.txt",
      "/files/runs/..%5C..%5Csecret.txt",
      "/files/SECRET_ABSOLUTE",
      "/files/runs/ID/tasks/make-data/outputs/leak",
      "/files/runs/ID/tasks/make-data/outputs/leak-dir/secret.txt",
  })
  void pathsOutsideTheStoreAreNotFound(String template) throws Exception {
    String target = template.replace("ID", id)
        .replace("SECRET_ABSOLUTE", secret.toString().replace("/", "%2F"));
    Answer answer = raw(target);
    assertRefused(answer.status(), 404, () -> target + " answered " + answer.status() + ": " + answer.body());
    assertNothingLeaks(answer);
  }

  /** The same attempts through HttpClient, which may normalize them on the way: still nothing outside. */
  @ParameterizedTest
  @ValueSource(strings = {"/files/../../etc/passwd", "/files/%2e%2e/%2e%2e/etc/passwd", "/files/../secret.txt",
      "/files/runs/ID/..%2F..%2F..%2Fsecret.txt", "/files/runs/ID/tasks/make-data/outputs/leak"})
  void pathsOutsideTheStoreAreNotFoundThroughHttpClient(String template) throws Exception {
    HttpResponse<byte[]> response = get(template.replace("ID", id));
    assertRefused(response.statusCode(), 404, () -> template + ": " + text(response));
    assertFalse(text(response).contains(SECRET));
    assertFalse(text(response).contains("root:x:0:0"));
  }

  /** A symbolic link inside the store to another file inside it is served like the file. */
  @Test
  void aSymlinkInsideTheStoreIsServed() throws Exception {
    Path outputs = root.resolve("runs").resolve(id).resolve("tasks/make-data/outputs");
    Path link = outputs.resolve("table-link");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, outputs.resolve("table/data"));
    Answer answer = raw("/files/runs/" + id + "/tasks/make-data/outputs/table-link");
    assertEquals(200, answer.status(), answer::body);
    assertEquals("name,score\nalpha,3\nbeta,2\n", answer.body());
  }

  /** A real output is served byte for byte, as inert text: sandboxed and never sniffed. */
  @Test
  void aFileOfTheStoreIsServedExactly() throws Exception {
    Path file = root.resolve("runs").resolve(id).resolve("tasks/make-data/outputs/table/data");
    HttpResponse<byte[]> response = get("/files/runs/" + id + "/tasks/make-data/outputs/table/data");
    assertEquals(200, response.statusCode(), () -> text(response));
    assertArrayEquals(Files.readAllBytes(file), response.body());
    assertEquals("name,score\nalpha,3\nbeta,2\n", text(response));
    assertEquals("sandbox", response.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
    assertTrue(response.headers().firstValue("Content-Disposition").isEmpty(), "text is shown, not downloaded");
  }

  /** An output with a space in its name is reached through its encoded link. */
  @Test
  void anEncodedPathReachesItsFile() throws Exception {
    Path file = root.resolve("runs").resolve(id).resolve("tasks/evaluate/outputs/MLPipeline_Metrics/data");
    HttpResponse<byte[]> response = get("/files/runs/" + id + "/tasks/evaluate/outputs/MLPipeline%5FMetrics/data");
    assertEquals(200, response.statusCode(), () -> text(response));
    assertArrayEquals(Files.readAllBytes(file), response.body());
  }

  /** A binary file is a download, never displayed: octet-stream, attachment with a safe name, exact bytes. */
  @Test
  void aBinaryFileIsAnAttachment() throws Exception {
    Path file = root.resolve("runs").resolve(id).resolve("tasks/make-data/outputs/blob.bin");
    HttpResponse<byte[]> response = get("/files/runs/" + id + "/tasks/make-data/outputs/blob.bin");
    assertEquals(200, response.statusCode());
    assertArrayEquals(Files.readAllBytes(file), response.body());
    assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(null));
    assertEquals("attachment; filename=\"blob.bin\"", response.headers().firstValue("Content-Disposition").orElse(null));
    assertEquals("sandbox", response.headers().firstValue("Content-Security-Policy").orElse(null));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
  }

  /** A folder of the store is not a file. */
  @Test
  void aFolderIsNotServed() throws Exception {
    assertEquals(404, raw("/files/runs/" + id).status());
    assertEquals(404, raw("/files/runs").status());
    assertEquals(404, raw("/files/").status());
  }

  /** Run ids that are not plain folder names never reach outside the runs folder. */
  @ParameterizedTest
  @ValueSource(strings = {"/runs/..%2F..", "/runs/%2e%2e", "/runs/%2E%2E?fragment=body", "/runs/.", "/runs/..%2Fruns%2FID",
      "/runs/ID%2F..%2F..", "/runs/%2Fetc"})
  void runIdsThatAreNotFolderNamesAreNotFound(String template) throws Exception {
    String target = template.replace("ID", id);
    Answer answer = raw(target);
    assertEquals(404, answer.status(), () -> target + ": " + answer.body());
    assertTrue(answer.body().contains("There is no run"), answer::body);
  }

  /**
   * A refusal: the routes' own answer, or 400 from the HTTP server, which refuses a request it will not parse (dot
   * segments above the root, a NUL, a malformed Host header) before any route sees it.
   */
  static void assertRefused(int status, int routes, java.util.function.Supplier<String> message) {
    assertTrue(status == routes || status == 400, () -> "expected " + routes + " or 400, got " + status + ": "
        + message.get());
  }

  /** A page asked for under another host name (DNS rebinding) is refused. */
  @ParameterizedTest
  @ValueSource(strings = {"evil.example:PORT", "evil.example", "localhost.evil.example:PORT",
      "127.0.0.1.evil.example:PORT", "127.0.0.2:PORT", "0.0.0.0:PORT", "[::1]evil.example",
      "localhost:PORTx"})
  void foreignHostsAreForbidden(String host) throws Exception {
    String header = host.replace("PORT", Integer.toString(server.port()));
    for (String path : List.of("/experiments", "/runs/" + id, "/files/runs/" + id + "/tasks/make-data/outputs/table/data")) {
      Answer answer = raw("GET", path, header);
      assertRefused(answer.status(), 403, () -> header + " " + path + ": " + answer.body());
      assertFalse(answer.body().contains("alpha,3"), "the file was served to " + header);
      assertFalse(answer.body().contains(id), "the run was shown to " + header);
    }
  }

  /** The loopback names, with or without the port, are answered. */
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:PORT", "localhost:PORT", "127.0.0.1", "localhost"})
  void loopbackHostsAreServed(String host) throws Exception {
    Answer answer = raw("GET", "/experiments", host.replace("PORT", Integer.toString(server.port())));
    assertEquals(200, answer.status(), answer::body);
  }

  /** The UI only reads: any other method is 405 with the methods allowed, and changes nothing. */
  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
  void writingMethodsAreNotAllowed(String method) throws Exception {
    Path file = root.resolve("runs").resolve(id).resolve("tasks/make-data/outputs/table/data");
    byte[] before = Files.readAllBytes(file);
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/files/runs/" + id
            + "/tasks/make-data/outputs/table/data")).method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, response.statusCode(), response::body);
    assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null));
    assertArrayEquals(before, Files.readAllBytes(file));
    assertTrue(Files.isDirectory(root.resolve("runs").resolve(id)));
  }

  /** HEAD gives a page's headers and no body. */
  @Test
  void headHasNoBody() throws Exception {
    Answer answer = raw("HEAD", "/runs/" + id, "127.0.0.1:" + server.port());
    assertEquals(200, answer.status());
    assertEquals(0, answer.bytes().length);
    assertNotNull(answer.header("Content-Security-Policy"));
  }

  /** An unknown page is a 404 page that names the path asked for, escaped. */
  @Test
  void anUnknownPageIsNotFoundAndNamed() throws Exception {
    HttpResponse<byte[]> response = get("/nowhere/at-all");
    assertEquals(404, response.statusCode());
    assertTrue(text(response).contains("There is no page /nowhere/at-all."), () -> text(response));
    assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

    Answer hostile = raw("/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertEquals(404, hostile.status());
    assertFalse(hostile.body().contains("<script>alert(1)"), hostile::body);
    assertTrue(hostile.body().contains("&lt;script&gt;alert(1)"), hostile::body);
  }

  /** An unknown run is a 404 naming it. */
  @Test
  void anUnknownRunIsNotFoundAndNamed() throws Exception {
    HttpResponse<byte[]> response = get("/runs/20000101-000000-nothere");
    assertEquals(404, response.statusCode());
    assertTrue(text(response).contains("There is no run 20000101-000000-nothere"), () -> text(response));
  }

  /** A malformed percent escape is the client's error, not the server's. */
  @ParameterizedTest
  @ValueSource(strings = {"/files/%zz", "/runs/%", "/files/runs/%E0%A4%A", "/lineage?file=%zz", "/compare?runs=%"})
  void malformedEscapesAreBadRequests(String target) throws Exception {
    Answer answer = raw(target);
    assertEquals(400, answer.status(), () -> target + ": " + answer.body());
  }

  /** Comparing one run is a 400 that says how to choose two. */
  @Test
  void comparingOneRunExplainsHowToCompare() throws Exception {
    HttpResponse<byte[]> response = get("/compare?runs=onlyone");
    assertEquals(400, response.statusCode());
    String body = text(response);
    assertTrue(body.contains("no run onlyone"), body);
    assertTrue(body.contains("Select two runs on a runs page, then press Compare"), body);
    assertTrue(body.contains("?runs=ID&amp;runs=ID"), body);

    HttpResponse<byte[]> none = get("/compare");
    assertEquals(400, none.statusCode());
    assertTrue(text(none).contains("Select two runs"), () -> text(none));

    HttpResponse<byte[]> two = get("/compare?runs=" + id + "&runs=" + runs.get(1).record().id());
    assertEquals(200, two.statusCode(), () -> text(two));

    HttpResponse<byte[]> traversal = get("/compare?runs=" + id + "&runs=..%2F..%2Fsecret.txt");
    assertEquals(400, traversal.statusCode());
    assertFalse(text(traversal).contains(SECRET));
  }

  /** The lineage page never reads what a path outside the store holds. */
  @Test
  void lineageOfAPathOutsideTheStoreFindsNothing() throws Exception {
    HttpResponse<byte[]> response = get("/lineage?file=..%2Fsecret.txt");
    assertEquals(200, response.statusCode());
    assertTrue(text(response).contains("No task of a readable run wrote or read"), () -> text(response));
    assertFalse(text(response).contains(SECRET));
  }

  /** The run body a live page polls, then 304 while it has not changed. */
  @Test
  void theRunBodyIsAFragmentWithAnETag() throws Exception {
    HttpResponse<byte[]> first = get("/runs/" + id + "?fragment=body");
    assertEquals(200, first.statusCode());
    String body = text(first);
    assertTrue(body.startsWith("<div id=\"run-body\" data-run=\"" + id + "\""), body);
    assertFalse(body.toLowerCase(Locale.ROOT).contains("<html"), "a fragment, not a page");
    String tag = first.headers().firstValue("ETag").orElse(null);
    assertNotNull(tag);
    assertTrue(tag.startsWith("\"") && tag.endsWith("\""), tag);
    assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(null));

    HttpResponse<byte[]> again = get("/runs/" + id + "?fragment=body", "If-None-Match", tag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);

    HttpResponse<byte[]> stale = get("/runs/" + id + "?fragment=body", "If-None-Match", "\"0-0\"");
    assertEquals(200, stale.statusCode());
    assertEquals(body.replaceAll("running for [^<]*", ""), text(stale).replaceAll("running for [^<]*", ""));

    HttpResponse<byte[]> page = get("/runs/" + id);
    assertTrue(text(page).startsWith("<!doctype html>"), "without ?fragment=body, the whole page");
  }

  /** Every page carries the content policy: nothing loads or connects anywhere but the UI itself. */
  @Test
  void pagesCarryTheContentSecurityPolicy() throws Exception {
    for (String path : List.of("/experiments", "/experiments/nightly", "/runs", "/runs/" + id,
        "/compare?runs=" + id + "&runs=" + runs.get(1).record().id(), "/lineage", "/nowhere")) {
      HttpResponse<byte[]> response = get(path);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("connect-src 'self'"), () -> path + ": " + policy);
      assertTrue(policy.contains("default-src 'self'"), () -> path + ": " + policy);
      assertTrue(policy.contains("base-uri 'none'"), () -> path + ": " + policy);
      assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
      assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), path);
    }
  }

  /** The root redirects to the experiments; the shipped assets are served, nothing else under /static. */
  @Test
  void rootRedirectsAndOnlyShippedAssetsAreServed() throws Exception {
    HttpResponse<byte[]> root = get("/");
    assertEquals(302, root.statusCode());
    assertEquals("/experiments", root.headers().firstValue("Location").orElse(null));
    assertEquals(200, get("/static/app.js").statusCode());
    assertEquals(200, get("/static/app.css").statusCode());
    assertEquals(404, raw("/static/..%2Fapp.js").status());
    assertEquals(404, raw("/static/../static/app.js").status());
    assertEquals(404, raw("/static/UiServer.class").status());
  }

  /** The server answers on 127.0.0.1 only: connecting to this machine's other addresses on its port fails. */
  @Test
  void theServerListensOnLoopbackOnly() throws Exception {
    URI url = URI.create(server.url());
    assertEquals("127.0.0.1", url.getHost());
    assertEquals(server.port(), url.getPort());
    List<InetAddress> own = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (!address.isLoopbackAddress()) {
          own.add(address);
        }
      }
    }
    Assumptions.assumeFalse(own.isEmpty(), "this machine has no address but loopback");
    for (InetAddress address : own) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, server.port()), 2000);
        fail("the UI answered on " + address + ":" + server.port());
      } catch (ConnectException | SocketTimeoutException expected) {
        // refused: nothing listens there
      } catch (IOException other) {
        // e.g. no route to a link-local address without its scope: nothing listens there either
        assertFalse(address instanceof Inet6Address && !address.isLinkLocalAddress(), () -> address + ": " + other);
      }
    }
  }
}

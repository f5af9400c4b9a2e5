package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kfp4j.runtime.spec.InvalidSpecException;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading from every kind of source, with KFP's digest and the origin kept. */
class LoaderTest {
  /** The "Read file" component of kfp-sdk-outputs/two_step_artifact.py, whose digest KFP printed. */
  static final String READ_FILE = """

      name: Read file
      inputs:
      - {name: data, type: Data}
      implementation:
        container:
          image: alpine
          command: [cat, {inputPath: data}]
      """;
  static final String READ_FILE_DIGEST = "c723c9881c0d7c7f0f2da1a37365a53cd3c5934da6caa48410ecb2906e18bc36";

  private final ComponentLoader loader = ComponentLoader.standard();

  @Test
  void textGetsKfpsDigestAndNoOrigin() {
    LoadedComponent c = loader.fromText(READ_FILE);
    assertEquals(READ_FILE_DIGEST, c.digest());
    assertNull(c.origin());
    assertEquals("Read file", c.spec().name());
  }

  @Test
  void crlfTextHasTheSameDigestAsLf() {
    assertEquals(READ_FILE_DIGEST, loader.fromText(READ_FILE.replace("\n", "\r\n")).digest());
  }

  @Test
  void fileKeepsItsPathAsOrigin(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("read.yaml"), READ_FILE);
    LoadedComponent c = loader.fromFile(file);
    assertEquals(file.toString(), c.origin());
    assertEquals(READ_FILE_DIGEST, c.digest());
  }

  @Test
  void fileUrl(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("read.yaml"), READ_FILE);
    LoadedComponent c = loader.fromUrl(file.toUri().toString());
    assertEquals(file.toUri().toString(), c.origin());
    assertEquals(READ_FILE_DIGEST, c.digest());
  }

  @Test
  void zipWithComponentYaml(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("component.zip");
    Files.write(zip, zip("component.yaml", READ_FILE));
    LoadedComponent c = loader.fromFile(zip);
    assertEquals("Read file", c.spec().name());
    assertEquals(READ_FILE_DIGEST, c.digest(), "the digest is of the YAML inside, as in KFP");
  }

  @Test
  void zipWithoutComponentYamlSaysWhatItHolds(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("other.zip");
    Files.write(zip, zip("other.yaml", READ_FILE));
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> loader.fromFile(zip));
    assertTrue(e.getMessage().contains("the zip holds no component.yaml at its top level; it holds: other.yaml"),
        e.getMessage());
  }

  @Test
  void httpUrlFromALocalServer() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/c/component.yaml", exchange -> {
      byte[] body = READ_FILE.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      LoadedComponent c = loader.fromUrl(base + "/c/component.yaml");
      assertEquals(READ_FILE_DIGEST, c.digest());
      assertEquals(base + "/c/component.yaml", c.origin());
      InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> loader.fromUrl(base + "/missing.yaml"));
      assertTrue(e.getMessage().contains("the server answered HTTP 404"), e.getMessage());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unsupportedSchemeNamesTheChoices() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> loader.fromUrl("ftp://x/c.yaml"));
    assertTrue(e.getMessage().contains("unsupported URL scheme \"ftp\"; use file:, http:, https: or gs://"),
        e.getMessage());
  }

  @Test
  void relativeFileUrlSaysHowToWriteOne() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> loader.fromUrl("file:add.yaml"));
    assertTrue(e.getMessage().contains("file:add.yaml: not a usable file URL"), e.getMessage());
  }

  @Test
  void refusedConnectionIsNamed() throws Exception {
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> loader.fromUrl("http://127.0.0.1:" + port + "/c.yaml"));
    assertTrue(e.getMessage().contains("cannot download: java.net.ConnectException"), e.getMessage());
  }

  @Test
  void missingFileNamesThePath() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> loader.fromFile(Path.of("no/such/component.yaml")));
    assertTrue(e.getMessage().contains("no/such/component.yaml: no such file"), e.getMessage());
  }

  static byte[] zip(String entry, String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}

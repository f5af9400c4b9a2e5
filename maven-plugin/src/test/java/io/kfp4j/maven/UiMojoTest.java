package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.ui.UiServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j:ui}: the run store served on 127.0.0.1. */
class UiMojoTest {
  @TempDir
  Path dir;

  @Test
  void servesTheRunStoreOnLoopback() throws Exception {
    UiMojo mojo = new UiMojo();
    mojo.root = dir.resolve(".kfp4j").toFile();
    mojo.port = 0;
    TestProject.Lines log = new TestProject.Lines();
    mojo.setLog(log);
    try (UiServer server = mojo.start()) {
      assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
      HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
          HttpRequest.newBuilder(URI.create(server.url() + "/")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(log.text().contains("kfp4j ui: " + server.url() + "/ (runs under " + dir.resolve(".kfp4j")
          + "); Ctrl-C stops it"), log.text());
    }
  }

  @Test
  void aPortOutOfRangeIsRefused() {
    UiMojo mojo = new UiMojo();
    mojo.port = 70000;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::start);
    assertEquals("port (kfp4j.port) 70000 is not a port: give 0 to 65535", e.getMessage());
  }
}

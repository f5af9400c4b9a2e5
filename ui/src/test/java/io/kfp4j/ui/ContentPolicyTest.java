package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.ui.internal.page.WebAppPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page the UI serves, found by following its links from {@code /experiments} (plus error pages and the live
 * fragments), runs no inline script: the Content-Security-Policy allows scripts from the UI only (no
 * {@code 'unsafe-inline'}, {@code 'unsafe-eval'}, {@code 'unsafe-hashes'}), and the HTML has no inline script, no
 * event-handler attribute and no {@code javascript:} address. A web app's own page is the one exception, served
 * sandboxed with a policy that gives it no origin and no network.
 */
class ContentPolicyTest {
  @TempDir
  static Path root;
  static List<RunResult> runs;
  static UiServer server;
  static HttpClient http;

  @BeforeAll
  static void start() {
    runs = StoreFixture.record(root);
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

  @Test
  void noPageRunsInlineScript() throws Exception {
    Deque<String> queue = new ArrayDeque<>(List.of("/", "/experiments", "/runs", "/lineage", "/nowhere",
        "/compare?runs=x", "/runs/20000101-000000-nothere", "/runs/" + runs.get(0).record().id() + "?fragment=body",
        "/compare?runs=" + runs.get(0).record().id() + "&runs=" + runs.get(1).record().id()));
    Set<String> seen = new LinkedHashSet<>();
    List<String> pages = new ArrayList<>();
    List<String> webApps = new ArrayList<>();
    while (!queue.isEmpty() && seen.size() < 400) {
      String target = queue.poll();
      if (!seen.add(target)) {
        continue;
      }
      HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(URI.create(server.url() + target))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
      String type = response.headers().firstValue("Content-Type").orElse("");
      String policy = response.headers().firstValue("Content-Security-Policy").orElse(null);
      response.headers().firstValue("Location").ifPresent(queue::add);
      if (target.startsWith("/web-app/")) {
        webApps.add(target);
        assertEquals(200, response.statusCode(), target);
        assertEquals(WebAppPage.POLICY, policy, target);
        continue;
      }
      if (target.startsWith("/files/")) {
        assertEquals("sandbox", policy, target);
        continue;
      }
      if (!type.startsWith("text/html")) {
        continue;
      }
      pages.add(target);
      assertNotNull(policy, target + " has no Content-Security-Policy");
      assertScriptsOnlyFromTheUi(target, policy);
      Document doc = Jsoup.parse(response.body(), server.url() + target);
      assertNoInlineScript(target, doc);
      for (Element linked : doc.select("a[href], link[href], script[src], iframe[src], img[src]")) {
        String address = linked.hasAttr("href") ? linked.attr("href") : linked.attr("src");
        if (address.startsWith("/") && !address.startsWith("//")) {
          queue.add(address.replaceAll("#.*", ""));
        }
      }
    }
    System.out.println("ContentPolicyTest: " + seen.size() + " addresses, " + pages.size() + " HTML pages, "
        + webApps.size() + " web-app pages checked");
    assertTrue(pages.size() >= 10, "only " + pages.size() + " pages: " + pages);
    assertTrue(pages.stream().anyMatch(p -> p.startsWith("/runs/") && !p.contains("?")), pages::toString);
    assertFalse(webApps.isEmpty(), "no web-app frame was found among " + seen);
  }

  /** The policy's script-src (or default-src) allows nothing inline. */
  static void assertScriptsOnlyFromTheUi(String target, String policy) {
    String scripts = Arrays.stream(policy.split(";")).map(String::strip)
        .filter(d -> d.startsWith("script-src ")).findFirst()
        .or(() -> Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith("default-src ")).findFirst())
        .orElseThrow(() -> new AssertionError(target + ": no script-src nor default-src in " + policy));
    for (String forbidden : List.of("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "data:", "*")) {
      assertFalse(Arrays.asList(scripts.split(" ")).contains(forbidden), target + " allows " + forbidden + ": " + policy);
    }
  }

  /** No script element with a body, no {@code on...} attribute, no {@code javascript:} address, no srcdoc frame. */
  static void assertNoInlineScript(String target, Document doc) {
    for (Element script : doc.select("script")) {
      assertTrue(script.hasAttr("src") && script.data().isBlank(), target + " has an inline script: " + script);
    }
    for (Element element : doc.getAllElements()) {
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), target + " has an event handler " + name + " on " + element.tagName());
        assertFalse(name.equals("srcdoc"), target + " has a srcdoc frame");
        assertFalse(attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:"),
            target + " has a javascript: address in " + name);
      }
    }
  }
}

package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j ui}, {@code kfp4j runs report}, and the runs commands over a store with a broken record. */
class UiCommandTest {

  private static String recordRun(Path root) {
    CliRun run = CliRun.run("run", "addition-pipeline", "--classpath", CompileTest.examples(), "--param", "a=7",
        "--param", "b=8", "--root", root.toString());
    assertEquals(0, run.exitCode(), run.describe());
    CliRun list = CliRun.run("runs", "list", "--root", root.toString());
    return list.outLines().get(1).split("\\s+")[0];
  }

  private static void breakRun(Path root, String id) throws Exception {
    Path dir = root.resolve("runs").resolve(id);
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("run.json"), "{\"id\": \"" + id + "\", \"status\": ");
  }

  @Test
  void reportIsOneSelfContainedFile(@TempDir Path root, @TempDir Path out) throws Exception {
    String id = recordRun(root);
    Path html = out.resolve("reports/add.html");
    CliRun report = CliRun.run("runs", "report", id.substring(0, 17), "--html", html.toString(), "--root",
        root.toString());
    assertEquals(0, report.exitCode(), report.describe());
    assertTrue(report.out().contains("wrote " + html), report.describe());
    String text = Files.readString(html);
    assertTrue(text.contains("<svg") && text.contains("data-task=\"add-2\""), "the graph is in the report");
    assertTrue(text.contains("<style>") && text.contains("<script>"), "style and script are inline");
    assertFalse(text.contains("/static/"), "nothing is loaded from the server");
    assertFalse(text.replace("http://www.w3.org/2000/svg", "").matches("(?s).*(src|href)=\"https?:.*"),
        "no link leaves the file");
    assertTrue(text.contains("19.0"), "the outputs are in it");
  }

  @Test
  void reportErrorsNameTheRunAndTheFix(@TempDir Path root, @TempDir Path out) throws Exception {
    CliRun missing = CliRun.run("runs", "report", "nope", "--html", out.resolve("x.html").toString(), "--root",
        root.toString());
    assertEquals(1, missing.exitCode(), missing.describe());
    assertTrue(missing.err().contains("no run \"nope\"") && missing.err().contains("kfp4j runs list"),
        missing.describe());
    breakRun(root, "20990101-000000-broken");
    CliRun broken = CliRun.run("runs", "report", "20990101-000000-broken", "--html", out.resolve("y.html").toString(),
        "--root", root.toString());
    assertEquals(1, broken.exitCode(), broken.describe());
    assertTrue(broken.err().contains("run.json:1:") && broken.err().contains("not a valid run record"),
        broken.describe());
    CliRun noFile = CliRun.run("runs", "report", "x");
    assertEquals(2, noFile.exitCode(), noFile.describe());
    assertTrue(noFile.err().contains("--html"), noFile.describe());
  }

  @Test
  void aBrokenRecordDoesNotBreakTheList(@TempDir Path root) throws Exception {
    String id = recordRun(root);
    breakRun(root, "20990101-000000-broken");
    CliRun list = CliRun.run("runs", "list", "--root", root.toString());
    assertEquals(0, list.exitCode(), list.describe());
    assertEquals(2, list.outLines().size(), list.describe());
    assertTrue(list.out().contains(id), list.describe());
    assertTrue(list.err().contains("run 20990101-000000-broken is not listed") && list.err().contains("run.json:1:"),
        list.describe());
    CliRun show = CliRun.run("runs", "show", "20990101-000000-broken", "--root", root.toString());
    assertEquals(1, show.exitCode(), show.describe());
    assertTrue(show.err().contains("cannot be shown") && show.err().contains("not a valid run record"), show.describe());
  }

  @Test
  void uiRefusesBadAndTakenPorts() throws Exception {
    CliRun bad = CliRun.run("ui", "--port", "70000");
    assertEquals(2, bad.exitCode(), bad.describe());
    assertTrue(bad.err().contains("--port 70000 is not a port"), bad.describe());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun busy = CliRun.run("ui", "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(1, busy.exitCode(), busy.describe());
      assertTrue(busy.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort())
          && busy.err().contains("--port"), busy.describe());
    }
  }

  @Test
  void uiServesTheStoreUntilStopped(@TempDir Path root) throws Exception {
    String id = recordRun(root);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process ui = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Kfp4j.class.getName(), "ui", "--root", root.toString(), "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(ui.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertTrue(first != null && first.startsWith("kfp4j ui: http://127.0.0.1:"), "printed " + first);
      String url = first.substring("kfp4j ui: ".length(), first.indexOf('/', "kfp4j ui: http://".length()));
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url + "/runs/" + id)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("addition-pipeline") || page.body().contains("Addition pipeline"), page.body());
      assertTrue(page.body().contains("data-task=\"add-2\""), "the graph names the tasks");
      HttpResponse<String> experiments = client.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, experiments.statusCode()); // redirected to /experiments
      assertTrue(experiments.body().contains("data-experiment=\"Default\""), experiments.body());
    } finally {
      ui.destroy();
      assertTrue(ui.waitFor(10, TimeUnit.SECONDS), "kfp4j ui stops on SIGTERM");
    }
  }
}

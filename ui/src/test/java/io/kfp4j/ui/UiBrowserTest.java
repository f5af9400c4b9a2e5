package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.ui.browser.Chromium;
import io.kfp4j.ui.browser.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI in real headless Chromium, over a store with a finished run (and its cached twin), a failed run, a running
 * one and two broken records. Each test's page is screenshotted into {@code target/ui-screenshots}.
 */
class UiBrowserTest {
  static final Duration WAIT = Duration.ofSeconds(15);
  static final Path SHOTS = Path.of("target", "ui-screenshots");

  @TempDir
  static Path root;
  static List<RunResult> runs;
  static LocalRunner.Handle waiting;
  static Path flag;
  static UiServer server;
  static Chromium chromium;
  Page page;
  String shot;

  @BeforeAll
  static void start() throws Exception {
    runs = StoreFixture.record(root);
    flag = root.resolve("flag");
    waiting = LocalRunner.create().withRoot(root).start(StoreFixture.waiting(), Map.of("flag", flag.toString()));
    Path broken = root.resolve("runs/20990101-000000-broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("run.json"), "{\"id\": \"20990101-000000-broken\", \"name\": \"half");
    Path unfinished = root.resolve("runs/20990101-000001-unfinished");
    Files.createDirectories(unfinished);
    Files.writeString(unfinished.resolve("run.json.tmp"), "{");
    server = UiServer.start(new RunStore(root), 0);
    chromium = new Chromium();
  }

  @AfterAll
  static void stop() {
    if (waiting != null) {
      waiting.cancel();
    }
    if (server != null) {
      server.close();
    }
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void open(TestInfo info) {
    page = chromium.newPage();
    shot = info.getTestMethod().orElseThrow().getName();
  }

  @AfterEach
  void close() {
    try {
      page.screenshot(SHOTS.resolve(shot + ".png"));
      List<String> outside = page.requests().stream().filter(u -> !u.startsWith(server.url() + "/")
          && !u.startsWith("data:") && !u.startsWith("about:") && !u.startsWith("file:")).toList();
      assertEquals(List.of(), outside, "requests that left the UI's server");
      assertEquals(List.of(), page.errors(), "console errors and uncaught exceptions");
    } finally {
      page.close();
    }
  }

  String run(int index) {
    return runs.get(index).record().id();
  }

  void go(String path) {
    page.navigate(server.url() + path);
  }

  String text(String js) {
    return page.eval(js).asText();
  }

  List<String> texts(String js) {
    List<String> out = new ArrayList<>();
    page.eval(js).forEach(n -> out.add(n.asText()));
    return out;
  }

  Set<String> strings(String js) {
    Set<String> out = new TreeSet<>();
    page.eval(js).forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void experimentsListTheirRunsAndBrokenRecordsApart() {
    go("/");
    page.waitFor("document.querySelector('table#experiments') !== null", WAIT);
    assertEquals(Set.of("Default", "nightly"),
        strings("[...document.querySelectorAll('tr[data-experiment]')].map(r => r.dataset.experiment)"));
    assertEquals("2", text("document.querySelector('tr[data-experiment=nightly] td:nth-child(2)').textContent"));
    assertEquals(Set.of("20990101-000000-broken", "20990101-000001-unfinished"),
        strings("[...document.querySelectorAll('.unreadable-runs li')].map(l => l.dataset.run)"));
    assertTrue(text("document.querySelector('.unreadable-runs li[data-run=\"20990101-000000-broken\"]').textContent")
        .contains("not a valid run record"));
  }

  @Test
  void runsSortByAnyColumnAndTwoCompare() {
    go("/runs");
    page.waitFor("document.querySelectorAll('#runs tbody tr').length === 4", WAIT);
    page.click("#runs th[data-sort=text]:nth-child(3)"); // status
    List<String> statuses = new ArrayList<>();
    page.eval("[...document.querySelectorAll('#runs tbody tr td:nth-child(3)')].map(c => c.dataset.value)")
        .forEach(n -> statuses.add(n.asText()));
    assertEquals(statuses.stream().sorted().toList(), statuses);
    assertEquals("FAILED", statuses.get(0));
    page.click("#runs th:nth-child(3)");
    List<String> descending = new ArrayList<>();
    page.eval("[...document.querySelectorAll('#runs tbody tr td:nth-child(3)')].map(c => c.dataset.value)")
        .forEach(n -> descending.add(n.asText()));
    assertEquals(statuses.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);
    assertTrue(page.eval("document.getElementById('compare').disabled").asBoolean());
    page.click("tr[data-run='" + run(0) + "'] input");
    page.click("tr[data-run='" + run(2) + "'] input");
    assertFalse(page.eval("document.getElementById('compare').disabled").asBoolean());
    page.click("#compare");
    page.waitFor("document.querySelector('#compare-table') !== null", WAIT);
    assertTrue(page.eval("document.querySelector('tr[data-row=pipeline]').classList.contains('differs')").asBoolean());
    assertEquals("3", text("document.querySelector('tr[data-row=\"output:make-data.count\"] td').textContent"));
    assertEquals(List.of("80.000%", "—"), texts("[...document.querySelectorAll("
        + "'tr[data-row=\"metric:evaluate.accuracy-score\"] td')].map(c => c.textContent)"));
  }

  @Test
  void runPageDrawsTheGraphWithStatusesEdgesAndGroups() {
    go("/runs/" + run(0));
    page.waitFor("document.querySelector('svg.graph') !== null", WAIT);
    JsonNode nodes = page.eval("Object.fromEntries([...document.querySelectorAll('g.node')]"
        + ".map(n => [n.dataset.task, n.dataset.status]))");
    assertEquals(Map.of("make-data", "succeeded", "evaluate", "succeeded", "square", "succeeded",
        "shout", "succeeded", "note", "succeeded"), toMap(nodes));
    assertTrue(text("document.querySelector('g.node[data-task=square] .node-summary').textContent")
        .contains("3 iterations"));
    assertEquals(Set.of("table"), strings("[...document.querySelectorAll('g.edge[data-from=make-data][data-to=evaluate]"
        + " .edge-label')].map(l => l.textContent)"));
    assertEquals(1, page.eval("document.querySelectorAll('g.group-loop').length").asInt());
    assertTrue(text("document.querySelector('g.group-condition .group-label').textContent").contains("> 1.0"));
    assertTrue(page.eval("document.querySelector('g.edge[data-from=make-data][data-to^=condition]') !== null").asBoolean());
    page.click("g.node[data-task=evaluate]");
    page.waitFor("!document.querySelector('.task-panel[data-task=evaluate]').hidden", WAIT);
    assertTrue(page.eval("location.hash").asText().contains("task=evaluate"));
  }

  @Test
  void taskPanelShowsOutputsLogAndVisualizations() {
    go("/runs/" + run(0) + "#task=evaluate");
    String panel = "document.querySelector('.task-panel[data-task=evaluate]')";
    page.waitFor("!" + panel + ".hidden", WAIT);
    assertTrue(text(panel + ".querySelector('pre.log').textContent").contains("evaluated"));
    String viz = panel + ".querySelector('.output[data-output=\"MLPipeline UI metadata\"]')";
    assertEquals("Evaluation", text(viz + ".querySelector('.viz-markdown h1').textContent"));
    assertEquals(0, page.eval(viz + ".querySelectorAll('.viz-markdown script, .viz-markdown b').length").asInt());
    assertTrue(text(viz + ".querySelector('.viz-markdown').textContent").contains("<script>"));
    assertTrue(text(viz + ".querySelector('.viz-table').textContent").contains("alpha"));
    assertTrue(text(viz + ".querySelector('.viz-confusion_matrix').textContent").contains("7"));
    assertTrue(page.eval(viz + ".querySelector('.viz-roc svg') !== null").asBoolean());
    assertEquals("allow-scripts", text(viz + ".querySelector('.viz-web-app iframe').getAttribute('sandbox')"));
    // the web app's page comes from the UI with a sandboxed policy of its own: its inline script runs there
    String frame = viz + ".querySelector('.viz-web-app iframe')";
    assertTrue(text(frame + ".getAttribute('src')").startsWith("/web-app/runs/" + run(0) + "/"));
    page.eval("window.webAppSaid = null; addEventListener('message', e => { window.webAppSaid = e.data; });"
        + " var f = " + frame + "; f.scrollIntoView(); f.src = f.getAttribute('src'); true");
    page.waitFor("window.webAppSaid === 42", WAIT);
    String metrics = text(panel + ".querySelector('.output[data-output=\"MLPipeline Metrics\"] table').textContent");
    assertTrue(metrics.contains("accuracy-score") && metrics.contains("80") && metrics.contains("1.25"), metrics);
    // a file output previews as a table and downloads from the store
    String data = "document.querySelector('.task-panel[data-task=make-data] .output[data-output=table]')";
    assertTrue(text(data + ".querySelector('table').textContent").contains("alpha"));
    String href = text(data + ".querySelector('a.download').getAttribute('href')");
    assertTrue(href.startsWith("/files/runs/" + run(0) + "/"), href);
  }

  @Test
  void lineageLinksLeadToProducerConsumersAndTheCache() {
    go("/runs/" + run(0) + "#task=make-data");
    String output = ".task-panel[data-task=make-data] .output[data-output=table]";
    page.waitFor("!document.querySelector('.task-panel[data-task=make-data]').hidden", WAIT);
    assertTrue(text("document.querySelector('" + output + " .lineage-consumers').textContent").contains("evaluate"));
    assertTrue(text("document.querySelector('" + output + " .lineage-reused').textContent").contains(run(1)));
    page.click(output + " .lineage-consumers a[data-task-link=evaluate]");
    page.waitFor("!document.querySelector('.task-panel[data-task=evaluate]').hidden", WAIT);
    // the consumer's input names where it came from
    page.click(".task-panel[data-task=evaluate] .input[data-input=table] .lineage-from a");
    page.waitFor("!document.querySelector('.task-panel[data-task=make-data]').hidden", WAIT);
    // the cached run's task leads back to the run that computed it
    go("/runs/" + run(1) + "#task=make-data");
    page.waitFor("document.querySelector('g.node[data-task=make-data]').dataset.status === 'cached'", WAIT);
    page.click(".task-panel[data-task=make-data] .cache-hit a");
    page.waitFor("location.pathname === '/runs/" + run(0) + "' && document.readyState === 'complete'", WAIT);
    page.waitFor("!document.querySelector('.task-panel[data-task=make-data]').hidden", WAIT);
    // a file's lineage from its path, as the producer's panel names it
    String file = "runs/" + run(0) + "/tasks/make-data/outputs/table/data";
    assertEquals(file, text("document.querySelector('" + output + " .lineage-file a').textContent"));
    page.click(output + " .lineage-file a");
    page.waitFor("document.getElementById('lineage-answer') !== null", WAIT);
    assertTrue(text("document.getElementById('lineage-answer').textContent").contains("make-data"));
  }

  @Test
  void failedRunShowsTheFailureSkippedDependentsAndTheExitTask() {
    go("/runs/" + run(2));
    page.waitFor("document.querySelector('svg.graph') !== null", WAIT);
    JsonNode nodes = page.eval("Object.fromEntries([...document.querySelectorAll('g.node')]"
        + ".map(n => [n.dataset.task, n.dataset.status]))");
    assertEquals(Map.of("shout", "succeeded", "fail", "failed", "shout-2", "skipped", "note", "succeeded"),
        toMap(nodes));
    page.click("g.node[data-task=fail]");
    String panel = "document.querySelector('.task-panel[data-task=fail]')";
    assertTrue(text(panel + ".textContent").contains("Exit code3"));
    assertTrue(text(panel + ".querySelector('pre.log').textContent").contains("boom: the disk is full"));
    assertEquals("failed", text("document.getElementById('run-status').textContent"));
  }

  @Test
  void runningRunUpdatesWithoutReloading() throws Exception {
    String id = waiting.runId();
    go("/runs/" + id);
    page.waitFor("document.querySelector('g.node[data-task=wait-for-file]')?.dataset.status === 'running'", WAIT);
    page.eval("window.notReloaded = true");
    Files.writeString(flag, "go");
    page.waitFor("document.getElementById('run-status').textContent === 'succeeded'", WAIT);
    assertTrue(page.eval("window.notReloaded === true").asBoolean(), "the page reloaded");
    assertEquals("succeeded", text("document.querySelector('g.node[data-task=wait-for-file]').dataset.status"));
  }

  @Test
  void brokenRecordShowsItsErrorOnItsPage() {
    go("/runs/20990101-000000-broken");
    assertTrue(text("document.getElementById('run-error').textContent").contains("not a valid run record"));
    go("/runs/20990101-000001-unfinished");
    assertTrue(text("document.getElementById('run-error').textContent").contains("never completed"));
  }

  @Test
  void exportedReportWorksFromAFileAlone(@TempDir Path report) throws Exception {
    Path html = report.resolve("run.html");
    RunReport.write(new RunStore(root), run(0), html);
    page.navigate(html.toUri().toString());
    page.waitFor("document.querySelector('svg.graph') !== null", WAIT);
    page.click("g.node[data-task=evaluate]");
    page.waitFor("!document.querySelector('.task-panel[data-task=evaluate]').hidden", WAIT);
    assertEquals("Evaluation", text("document.querySelector('.task-panel[data-task=evaluate] .viz-markdown h1')"
        + ".textContent"));
    assertTrue(text("document.querySelector('.task-panel[data-task=make-data] a.download').getAttribute('href')")
        .startsWith("data:"));
  }

  private static Map<String, String> toMap(JsonNode node) {
    Map<String, String> map = new java.util.TreeMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }
}

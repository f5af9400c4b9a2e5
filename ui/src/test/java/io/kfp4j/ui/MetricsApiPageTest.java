package io.kfp4j.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.testcomponents.ReportsOps.TrainAndReportOp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An authored Java component that reports with {@code @OutputPath Metrics} and {@code @OutputPath UiMetadata}
 * ({@code Reports.trainAndReport}), run by the engine: the run's page draws its metrics and each of its six
 * visualizations, with no error.
 */
class MetricsApiPageTest {

  @Test
  void theRunPageDrawsWhatTheComponentReported(@TempDir Path root) throws Exception {
    PipelineGraph graph = Pipelines.builder("reports").build(p -> TrainAndReportOp.trainAndReport(Value.of(0.5)));
    RunResult run = LocalRunner.create().withRoot(root).run(graph, Map.of());
    assertEquals(RunStatus.SUCCEEDED, run.record().status(), () -> run.record().toString());

    Document page;
    String webApp;
    try (UiServer server = UiServer.start(new RunStore(root), 0)) {
      HttpClient http = HttpClient.newHttpClient();
      page = Jsoup.parse(get(http, server.url() + "/runs/" + run.record().id()));
      String frame = page.selectFirst("section.viz-web-app iframe").attr("src");
      assertTrue(frame.startsWith("/web-app/"), frame);
      webApp = get(http, server.url() + frame);
    }
    assertTrue(webApp.contains("<h1>hello from a Java web app</h1>"), webApp);

    Element metrics = page.selectFirst("section.viz-metrics");
    assertEquals(List.of("accuracy-score", "80.000%", "rmse", "1.250"), metrics.select("tbody td").eachText());
    Element markdown = page.selectFirst("section.viz-markdown");
    assertEquals("Trained", markdown.selectFirst("h1").text());
    assertEquals(List.of("epoch", "loss"), page.selectFirst("section.viz-table").select("th").eachText());
    assertTrue(page.selectFirst("section.viz-table").text().contains("0.4"), page.selectFirst("section.viz-table")::html);
    Element matrix = page.selectFirst("section.viz-confusion_matrix");
    assertTrue(matrix.text().contains("cat") && matrix.text().contains("dog") && matrix.text().contains("7"),
        matrix::html);
    assertTrue(page.selectFirst("section.viz-roc").selectFirst("svg") != null, () -> page.selectFirst("section.viz-roc").html());
    assertTrue(page.selectFirst("section.viz-tensorboard").text().contains("gs://bucket/logs/0.5"),
        () -> page.selectFirst("section.viz-tensorboard").html());
    assertEquals(List.of(), page.select("div.viz-error").eachText());
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url);
    return response.body();
  }
}

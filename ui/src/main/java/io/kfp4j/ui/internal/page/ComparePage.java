package io.kfp4j.ui.internal.page;

import io.kfp4j.runtime.metrics.UiOutputs;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.ui.internal.store.Format;
import io.kfp4j.ui.internal.viz.Visualizations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /compare?runs=A&runs=B}: runs side by side: status, times, parameters, the metrics of their
 * {@code mlpipeline-metrics} outputs (as KFP compares runs) and every task's outputs.
 */
public final class ComparePage {
  private static final int MAX_VALUE = 300;

  private ComparePage() {}

  /** The comparison of two (or more) readable runs; rows that differ are marked. */
  public static Document render(Site site, List<RunRecord> runs) {
    Document doc = Shell.page(site, "Compare runs");
    Element main = Shell.main(doc);
    Element crumbs = main.appendElement("p").addClass("crumbs");
    Shell.link(crumbs, "All runs", site.page("/runs"));
    crumbs.appendText(" / ");
    main.appendElement("h1").text("Compare " + runs.size() + " runs");
    Element table = main.appendElement("table").addClass("compare").attr("id", "compare-table");
    Element head = table.appendElement("thead").appendElement("tr");
    head.appendElement("th").text("");
    runs.forEach(r -> Shell.link(head.appendElement("th"), r.name(), site.run(r.id())));
    Element body = table.appendElement("tbody");
    section(body, runs.size(), "Run");
    row(body, "status", "status", runs, r -> r.status().name().toLowerCase(java.util.Locale.ROOT));
    row(body, "pipeline", "pipeline", runs, RunRecord::pipeline);
    row(body, "started", "started", runs, r -> Format.time(r.startedAt()));
    row(body, "duration", "duration", runs, r -> Format.duration(r.durationMillis()));
    section(body, runs.size(), "Parameters");
    Set<String> params = new LinkedHashSet<>();
    runs.forEach(r -> params.addAll(r.parameters().keySet()));
    params.forEach(p -> row(body, p, "param:" + p, runs, r -> r.parameters().get(p)));
    section(body, runs.size(), "Outputs");
    Set<String> outputs = new LinkedHashSet<>();
    for (RunRecord run : runs) {
      run.tasks().values().forEach(t -> t.outputs().keySet().forEach(o -> outputs.add(t.id() + "\u0000" + o)));
    }
    section(body, runs.size(), "Metrics");
    Set<String> metrics = new LinkedHashSet<>();
    for (RunRecord run : runs) {
      run.tasks().values().forEach(t -> t.outputValues().forEach((o, v) -> {
        if (UiOutputs.artifactOf(o).filter(UiOutputs.METRICS_ARTIFACT::equals).isPresent()) {
          Visualizations.metricValues(v).keySet().forEach(m -> metrics.add(t.id() + "\u0000" + o + "\u0000" + m));
        }
      }));
    }
    for (String key : metrics) {
      String[] parts = key.split("\u0000", 3);
      row(body, parts[0] + " · " + parts[2], "metric:" + parts[0] + "." + parts[2], runs, r -> {
        TaskRecord t = r.tasks().get(parts[0]);
        String json = t == null ? null : t.outputValues().get(parts[1]);
        return json == null ? null : Visualizations.metricValues(json).get(parts[2]);
      });
    }
    for (String key : outputs) {
      String[] parts = key.split("\u0000", 2);
      row(body, parts[0] + " · " + parts[1], "output:" + parts[0] + "." + parts[1], runs, r -> {
        TaskRecord t = r.tasks().get(parts[0]);
        if (t == null || !t.outputs().containsKey(parts[1])) {
          return null;
        }
        String value = t.outputValues().get(parts[1]);
        if (value != null && UiOutputs.artifactOf(parts[1]).isPresent()) {
          return "(see the run's page)"; // metrics have their rows above; visualizations are drawn there
        }
        return value != null ? value : "(file) " + t.outputs().get(parts[1]);
      });
    }
    return doc;
  }

  private static void section(Element body, int runs, String title) {
    body.appendElement("tr").addClass("section").appendElement("th").attr("colspan", Integer.toString(runs + 1))
        .text(title);
  }

  private static void row(Element body, String title, String key, List<RunRecord> runs,
      Function<RunRecord, String> value) {
    Element row = body.appendElement("tr").attr("data-row", key);
    row.appendElement("th").text(title);
    List<String> values = runs.stream().map(value).toList();
    if (values.stream().distinct().count() > 1) {
      row.addClass("differs");
    }
    for (String v : values) {
      Element cell = row.appendElement("td");
      if (v == null) {
        cell.addClass("absent").text("—");
      } else {
        cell.text(v.length() > MAX_VALUE ? v.substring(0, MAX_VALUE) + "…" : v);
      }
    }
    Objects.requireNonNull(row);
  }
}

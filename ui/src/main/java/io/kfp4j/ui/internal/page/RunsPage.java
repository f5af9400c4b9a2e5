package io.kfp4j.ui.internal.page;

import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.store.Format;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /runs} and {@code /experiments/NAME}: runs newest first, sortable by any column (status, start, duration,
 * parameters, ...), two of them selectable for comparison. Run folders whose record does not read are listed apart
 * with their problem.
 */
public final class RunsPage {
  private RunsPage() {}

  /** The runs of one experiment, or of all when {@code experiment} is {@code null}. */
  public static Document render(Site site, List<StoredRun> runs, String experiment) {
    Document doc = Shell.page(site, experiment == null ? "All runs" : "Experiment " + experiment);
    Element main = Shell.main(doc);
    Element crumbs = main.appendElement("p").addClass("crumbs");
    Shell.link(crumbs, "Experiments", site.page("/experiments"));
    crumbs.appendText(" / ");
    main.appendElement("h1").text(experiment == null ? "All runs" : experiment);
    List<RunRecord> shown = StoredRun.readable(runs).stream()
        .filter(r -> experiment == null || experiment.equals(r.experiment())).toList();
    if (shown.isEmpty()) {
      main.appendElement("p").addClass("empty").text(experiment == null ? "No runs yet." : "No runs in " + experiment + ".");
    } else {
      Element form = main.appendElement("form").attr("action", "/compare").attr("method", "get").addClass("compare-form");
      form.appendElement("button").attr("type", "submit").attr("id", "compare").attr("disabled", "")
          .text("Compare the two selected runs");
      Element table = sortableTable(form, "runs", List.of(":none", "Run:text", "Status:text", "Started:time",
          "Duration:number", "Parameters:text", "Pipeline:text", "Experiment:text"));
      Element body = table.appendElement("tbody");
      for (RunRecord run : shown) {
        Element row = body.appendElement("tr").attr("data-run", run.id());
        row.appendElement("td").appendElement("input").attr("type", "checkbox").attr("name", "runs")
            .attr("value", run.id()).attr("aria-label", "select " + run.name());
        Shell.link(row.appendElement("td").attr("data-value", run.name()), run.name(), site.run(run.id()));
        Shell.badge(row.appendElement("td").attr("data-value", run.status().name()), run.status());
        row.appendElement("td").attr("data-value", run.startedAt().toString()).text(Format.time(run.startedAt()));
        Long millis = run.durationMillis();
        row.appendElement("td").attr("data-value", millis == null ? "" : millis.toString()).text(Format.duration(millis));
        String params = String.join(", ", run.parameters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .toList());
        row.appendElement("td").addClass("params").attr("data-value", params).text(params);
        row.appendElement("td").attr("data-value", run.pipeline()).text(run.pipeline());
        Shell.link(row.appendElement("td").attr("data-value", run.experiment()), run.experiment(),
            site.experiment(run.experiment()));
      }
    }
    unreadable(site, main, runs);
    return doc;
  }

  /** A table whose header cells sort it: each column given as {@code title:kind}, kind text, number, time or none. */
  static Element sortableTable(Element parent, String id, List<String> columns) {
    Element table = parent.appendElement("table").addClass("sortable").attr("id", id);
    Element head = table.appendElement("thead").appendElement("tr");
    for (String column : columns) {
      String[] parts = column.split(":", 2);
      Element th = head.appendElement("th").text(parts[0]);
      if (!parts[1].equals("none")) {
        th.attr("data-sort", parts[1]).attr("tabindex", "0").attr("title", "sort by " + parts[0].toLowerCase());
      }
    }
    return table;
  }

  /** The run folders that do not read, each with its problem; nothing when all read. */
  static void unreadable(Site site, Element main, List<StoredRun> runs) {
    List<StoredRun.Unreadable> bad = StoredRun.unreadable(runs);
    if (bad.isEmpty()) {
      return;
    }
    Element section = main.appendElement("section").addClass("unreadable-runs");
    section.appendElement("h2").text("Runs that cannot be read (" + bad.size() + ")");
    Element list = section.appendElement("ul");
    for (StoredRun.Unreadable run : bad) {
      Element item = list.appendElement("li").attr("data-run", run.id());
      Shell.link(item, run.id(), site.run(run.id()));
      item.appendText(": " + run.problem());
    }
  }
}

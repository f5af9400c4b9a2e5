package io.kfp4j.ui.internal.page;

import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.store.Format;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** {@code /experiments}: each experiment with how many of its runs stand where, and its latest run. */
public final class ExperimentsPage {
  private ExperimentsPage() {}

  /** The page over every run folder of the store. */
  public static Document render(Site site, List<StoredRun> runs) {
    Document doc = Shell.page(site, "Experiments");
    Element main = Shell.main(doc);
    main.appendElement("h1").text("Experiments");
    Map<String, List<RunRecord>> byExperiment = new LinkedHashMap<>();
    for (RunRecord run : StoredRun.readable(runs)) {
      byExperiment.computeIfAbsent(run.experiment(), k -> new java.util.ArrayList<>()).add(run);
    }
    if (byExperiment.isEmpty()) {
      main.appendElement("p").addClass("empty").text("No runs under " + site.files().root()
          + " yet. Run a pipeline with kfp4j run PIPELINE, then reload.");
    } else {
      Element table = RunsPage.sortableTable(main, "experiments", List.of("Experiment:text", "Runs:number",
          "Running:number", "Succeeded:number", "Failed:number", "Latest run:time"));
      Element body = table.appendElement("tbody");
      byExperiment.forEach((name, list) -> {
        Element row = body.appendElement("tr").attr("data-experiment", name);
        Shell.link(row.appendElement("td").attr("data-value", name), name, site.experiment(name));
        row.appendElement("td").attr("data-value", Integer.toString(list.size())).text(Integer.toString(list.size()));
        for (RunStatus status : List.of(RunStatus.RUNNING, RunStatus.SUCCEEDED, RunStatus.FAILED)) {
          long n = list.stream().filter(r -> r.status() == status).count();
          row.appendElement("td").attr("data-value", Long.toString(n)).text(Long.toString(n));
        }
        RunRecord latest = list.get(0);
        row.appendElement("td").attr("data-value", latest.startedAt().toString())
            .text(Format.time(latest.startedAt()));
      });
    }
    RunsPage.unreadable(site, main, runs);
    return doc;
  }
}

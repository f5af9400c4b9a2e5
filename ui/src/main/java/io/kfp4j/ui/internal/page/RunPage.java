package io.kfp4j.ui.internal.page;

import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunRecord;
import io.kfp4j.sdk.local.StoredRun;
import io.kfp4j.ui.internal.graph.GraphLayout;
import io.kfp4j.ui.internal.graph.GraphSvg;
import io.kfp4j.ui.internal.lineage.Lineage;
import io.kfp4j.ui.internal.store.Format;
import io.kfp4j.ui.internal.store.RunView;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code /runs/ID}: the run's header and parameters, its pipeline drawn as a graph (tasks coloured by status, data
 * edges labelled, loops and conditions framed), and a side panel per task that opens when its node is clicked. A
 * running run's page refreshes its body in place; a run whose record does not read shows why.
 */
public final class RunPage {
  private RunPage() {}

  /** The page of a run folder. */
  public static Document render(Site site, StoredRun stored, java.util.Optional<RunGraph> graph, Lineage lineage) {
    if (stored instanceof StoredRun.Unreadable bad) {
      Document doc = Shell.page(site, "Run " + bad.id());
      Element main = Shell.main(doc);
      crumbs(site, main, null);
      main.appendElement("h1").text("Run " + bad.id());
      Element error = main.appendElement("div").addClass("error").attr("id", "run-error");
      error.appendElement("strong").text("This run's record cannot be read. ");
      error.appendText(bad.problem());
      error.appendElement("p").text("If the engine is still writing it, reload in a moment; otherwise the record is"
          + " damaged: its task folders under " + bad.file().getParent() + " still hold each task's outputs and log.");
      return doc;
    }
    RunView view = RunView.of(((StoredRun.Readable) stored).run(), graph);
    Document doc = Shell.page(site, view.run().name());
    Element main = Shell.main(doc);
    body(site, main, view, lineage);
    return doc;
  }

  /** The part of the page that a live run refreshes: everything under the top bar. */
  public static Element body(Site site, Element main, RunView view, Lineage lineage) {
    RunRecord run = view.run();
    Element body = main.appendElement("div").attr("id", "run-body").attr("data-run", run.id())
        .attr("data-status", run.status().name().toLowerCase(java.util.Locale.ROOT));
    if (!site.export() && !run.status().isFinal()) {
      body.attr("data-live", "true");
    }
    crumbs(site, body, run);
    Element title = body.appendElement("h1");
    title.appendElement("span").addClass("run-name").text(run.name());
    title.appendText(" ");
    Shell.badge(title, run.status()).attr("id", "run-status");
    Element facts = body.appendElement("dl").addClass("facts");
    Shell.fact(facts, "Run id", run.id());
    Shell.fact(facts, "Pipeline", run.pipeline());
    Element experiment = Shell.fact(facts, "Experiment", null);
    Shell.link(experiment, run.experiment(), site.experiment(run.experiment()));
    Shell.fact(facts, "Runner", run.runner());
    Shell.fact(facts, "Started", Format.time(run.startedAt()));
    Shell.fact(facts, "Duration", run.finishedAt() == null ? "running for "
        + Format.duration(java.time.Instant.now().toEpochMilli() - run.startedAt().toEpochMilli())
        : Format.duration(run.durationMillis()));
    if (run.message() != null) {
      Shell.fact(facts, "Message", run.message()).addClass("message");
    }
    if (!run.parameters().isEmpty()) {
      body.appendElement("h2").text("Parameters");
      Element table = body.appendElement("table").addClass("params").attr("id", "parameters");
      run.parameters().forEach((k, v) -> {
        Element row = table.appendElement("tr");
        row.appendElement("th").text(k);
        row.appendElement("td").text(v);
      });
    }
    Element layout = body.appendElement("div").addClass("run-layout");
    Element pane = layout.appendElement("div").addClass("graph-pane");
    pane.appendElement("h2").text("Graph");
    if (!view.graphRecorded()) {
      pane.appendElement("p").addClass("note").text("This run was recorded without its graph (graph.json): its tasks"
          + " are shown without edges.");
    }
    pane.appendChild(GraphSvg.render(GraphLayout.layout(view.graph()), view.states()));
    pane.appendElement("p").addClass("hint").text("Click a task to see its inputs, outputs, log and lineage.");
    Element side = layout.appendElement("aside").addClass("side-panel").attr("id", "side-panel");
    side.appendElement("p").addClass("placeholder").text("No task selected.");
    for (RunGraph.Node node : view.graph().tasks()) {
      TaskPanel.render(site, side, view, node, lineage);
    }
    return body;
  }

  private static void crumbs(Site site, Element parent, RunRecord run) {
    Element crumbs = parent.appendElement("p").addClass("crumbs");
    Shell.link(crumbs, "Experiments", site.page("/experiments"));
    if (run != null) {
      crumbs.appendText(" / ");
      Shell.link(crumbs, run.experiment(), site.experiment(run.experiment()));
    }
    crumbs.appendText(" / ");
  }
}

package io.kfp4j.ui.internal.page;

import io.kfp4j.sdk.local.RunGraph;
import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.sdk.local.TaskRecord;
import io.kfp4j.sdk.local.TaskStatus;
import io.kfp4j.ui.internal.lineage.Lineage;
import io.kfp4j.ui.internal.lineage.OutputLineage;
import io.kfp4j.ui.internal.lineage.TaskRef;
import io.kfp4j.ui.internal.store.Format;
import io.kfp4j.ui.internal.store.RunView;
import io.kfp4j.ui.internal.store.StoreFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The side panel of one pipeline task: for each of its records (one, or one per loop iteration) the status,
 * attempts, duration, cache hit, inputs, outputs (values inline, files previewed, visualizations rendered, each
 * downloadable, with its lineage) and log.
 */
final class TaskPanel {
  /** The most iterations of one loop task shown; failed ones first. */
  static final int MAX_RECORDS = 100;
  /** The most of a log shown: its end. */
  static final int MAX_LOG = 64 * 1024;

  private TaskPanel() {}

  static void render(Site site, Element side, RunView view, RunGraph.Node node, Lineage lineage) {
    Element panel = side.appendElement("section").addClass("task-panel").attr("data-task", node.name())
        .attr("hidden", "");
    Element head = panel.appendElement("header");
    head.appendElement("h2").text(node.name());
    head.appendElement("button").attr("type", "button").addClass("close").attr("aria-label", "close").text("×");
    panel.appendElement("p").addClass("component").text("component: " + node.component()
        + (node.exitTask() ? " (exit handler: runs last, whatever happened)" : ""));
    List<TaskRecord> records = new ArrayList<>(view.recordsOf(node.name()));
    if (records.isEmpty()) {
      panel.appendElement("p").addClass("note").text("The run has not reached this task.");
      return;
    }
    records.sort(Comparator.comparing((TaskRecord r) -> r.status() == TaskStatus.FAILED ? 0 : 1));
    if (records.size() > MAX_RECORDS) {
      panel.appendElement("p").addClass("note").text("Showing " + MAX_RECORDS + " of " + records.size()
          + " iterations (failed ones first); kfp4j runs show " + view.run().id() + " lists them all.");
      records = records.subList(0, MAX_RECORDS);
    }
    for (TaskRecord record : records) {
      Element details = panel.appendElement("details").addClass("task-record").attr("data-task-id", record.id());
      if (records.size() == 1) {
        details.attr("open", "");
      }
      Element summary = details.appendElement("summary");
      summary.appendElement("span").addClass("task-id").text(record.id());
      summary.appendText(" ");
      Shell.badge(summary, record.status());
      record(site, details, view, record, lineage);
    }
  }

  private static void record(Site site, Element parent, RunView view, TaskRecord record, Lineage lineage) {
    facts(site, parent, view, record);
    inputs(site, parent, view, record);
    outputs(site, parent, view, record, lineage);
    log(site, parent, view, record);
  }

  private static void facts(Site site, Element parent, RunView view, TaskRecord record) {
    Element facts = parent.appendElement("dl").addClass("facts");
    Shell.fact(facts, "Attempts", Integer.toString(record.attempts()));
    Shell.fact(facts, "Started", Format.time(record.startedAt()));
    Shell.fact(facts, "Duration", Format.duration(record.durationMillis()));
    if (record.exitCode() != null) {
      Shell.fact(facts, "Exit code", record.exitCode().toString());
    }
    if (record.message() != null) {
      Shell.fact(facts, "Message", record.message()).addClass("message");
    }
    if (record.status() == TaskStatus.CACHED) {
      Element cache = Shell.fact(facts, "Cache", null).addClass("cache-hit");
      if (record.cachedFrom() == null) {
        cache.text("hit: outputs reused from an earlier run");
      } else {
        cache.appendText("hit: outputs reused from ");
        taskLink(site, cache, view, new TaskRef(record.cachedFrom().run(), record.cachedFrom().task(), null));
      }
    }
  }

  private static void inputs(Site site, Element parent, RunView view, TaskRecord record) {
    parent.appendElement("h3").text("Inputs");
    if (record.inputs().isEmpty()) {
      parent.appendElement("p").addClass("note").text("none");
    }
    Element inputs = parent.appendElement("div").addClass("inputs");
    for (Map.Entry<String, String> input : record.inputs().entrySet()) {
      Element item = inputs.appendElement("div").addClass("input").attr("data-input", input.getKey());
      item.appendElement("h4").text(input.getKey());
      Optional<Path> file = looksLikePath(input.getValue()) ? site.files().recorded(input.getValue())
          : Optional.empty();
      if (file.isPresent()) {
        Optional<TaskRef> from = Lineage.feeding(view, record, input.getKey());
        if (from.isPresent()) {
          Element p = item.appendElement("p").addClass("lineage-from");
          p.appendText("from ");
          taskLink(site, p, view, from.get());
        }
        FileView.render(site, item, file.get(), input.getKey());
      } else {
        item.appendElement("pre").addClass("value").text(input.getValue());
      }
    }
  }

  private static void outputs(Site site, Element parent, RunView view, TaskRecord record, Lineage lineage) {
    parent.appendElement("h3").text("Outputs");
    if (record.outputs().isEmpty()) {
      parent.appendElement("p").addClass("note").text(record.status().isFinal() ? "none" : "none yet");
    }
    for (String output : record.outputs().keySet()) {
      Element item = parent.appendElement("div").addClass("output").attr("data-output", output);
      item.appendElement("h4").text(output);
      Optional<Path> file = site.files().recorded(record.outputs().get(output));
      String value = record.outputValues().get(output);
      if (file.isPresent()) {
        FileView.render(site, item, file.get(), output);
      } else if (value != null) {
        item.appendElement("pre").addClass("value").text(value);
      } else {
        item.appendElement("p").addClass("error").text("The file of this output is gone: "
            + record.outputs().get(output));
      }
      lineage(site, item, view, lineage.of(view, record, output));
    }
  }

  /** The end of the task's log, or the tail its record kept when the file is gone. */
  private static void log(Site site, Element parent, RunView view, TaskRecord record) {
    parent.appendElement("h3").text("Log");
    Path log = new RunStore(site.files().root()).taskLog(view.run().id(), record.id());
    if (!Files.isRegularFile(log)) {
      if (record.logTail() == null) {
        parent.appendElement("p").addClass("note").text("no log");
      } else {
        parent.appendElement("pre").addClass("log").text(record.logTail());
      }
      return;
    }
    try {
      parent.appendElement("pre").addClass("log").text(StoreFiles.tail(log, MAX_LOG));
    } catch (java.io.IOException e) {
      parent.appendElement("p").addClass("error").text("The log cannot be read: " + e.getMessage());
    }
    String href = site.file(log);
    if (href != null) {
      parent.appendElement("a").addClass("download").attr("href", href).attr("download", record.id() + ".log.txt")
          .text("download log");
    }
  }

  private static void lineage(Site site, Element item, RunView view, OutputLineage lineage) {
    Element block = item.appendElement("div").addClass("lineage");
    Element produced = block.appendElement("p").addClass("lineage-produced");
    produced.appendText("produced by ");
    taskLink(site, produced, view, new TaskRef(lineage.output().run(), lineage.output().task(), null));
    produced.appendText(" in run " + lineage.output().run());
    if (lineage.file() != null) {
      Element file = block.appendElement("p").addClass("lineage-file");
      file.appendText("file ");
      Shell.link(file, lineage.file(), site.page("/lineage?file=" + Site.encode(lineage.file())));
    }
    if (lineage.cameFrom() != null) {
      Element p = block.appendElement("p").addClass("lineage-origin");
      p.appendText("value computed by ");
      taskLink(site, p, view, lineage.cameFrom());
      p.appendText(" in run " + lineage.cameFrom().run() + " (cache)");
    }
    links(site, block, view, "lineage-consumers", "read by ", lineage.consumers(),
        ref -> ref.port() == null ? "" : " (" + ref.port() + ")");
    links(site, block, view, "lineage-reused", "reused through the cache by ", lineage.reusedBy(),
        ref -> " in run " + ref.run());
  }

  /** A line of task links after a lead-in, each followed by its note; nothing when there are none. */
  private static void links(Site site, Element block, RunView view, String cssClass, String lead, List<TaskRef> refs,
      java.util.function.Function<TaskRef, String> note) {
    if (refs.isEmpty()) {
      return;
    }
    Element p = block.appendElement("p").addClass(cssClass);
    p.appendText(lead);
    for (int i = 0; i < refs.size(); i++) {
      p.appendText(i == 0 ? "" : ", ");
      taskLink(site, p, view, refs.get(i));
      p.appendText(note.apply(refs.get(i)));
    }
  }

  /** A link to a task's panel: on this page an anchor, in another run that run's page. */
  static void taskLink(Site site, Element parent, RunView view, TaskRef ref) {
    String href = ref.run().equals(view.run().id()) ? "#task=" + Site.encode(ref.task())
        : site.task(ref.run(), ref.task());
    Shell.link(parent, ref.task(), href).addClass("task-link").attr("data-task-link", ref.task())
        .attr("data-run-link", ref.run());
  }

  private static boolean looksLikePath(String value) {
    return value != null && value.length() < 4096 && value.indexOf('\n') < 0 && (value.startsWith("/")
        || value.startsWith("runs/"));
  }
}

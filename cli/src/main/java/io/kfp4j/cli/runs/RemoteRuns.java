package io.kfp4j.cli.runs;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.PageOptions;
import io.kfp4j.sdk.client.Experiment;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.ResourceReference;
import io.kfp4j.sdk.client.Run;
import io.kfp4j.sdk.client.RunDetail;
import java.io.PrintWriter;

/** {@code kfp4j runs list|show --endpoint}: the runs of a KFP server instead of the local records. */
final class RemoteRuns {
  private RemoteRuns() {}

  /** One page of runs, of the experiment of this name when given. */
  static void list(KfpConnection kfp, PageOptions paging, String experiment) {
    Page<Run> page = kfp.call(c -> {
      String experimentId = null;
      if (experiment != null) {
        experimentId = c.experimentByName(experiment).map(Experiment::id).orElseThrow(
            () -> new CommandFailedException("no experiment \"" + experiment + "\" on " + c.config().shownHost()));
      }
      return c.listRuns(paging.query(), experimentId);
    });
    kfp.printPage("runs", page, r -> new String[] {r.id(), r.name(), r.status(), r.createdAt(),
        finished(r.finishedAt())}, "ID", "NAME", "STATUS", "CREATED", "FINISHED");
  }

  static void show(KfpConnection kfp, String runId) {
    RunDetail detail = kfp.call(c -> c.getRun(runId));
    kfp.print(detail, out -> print(out, detail.run()));
  }

  private static void print(PrintWriter out, Run run) {
    out.println("run " + run.id() + "  " + run.name());
    out.println("  status:     " + (run.status() == null ? "-" : run.status())
        + (run.error() == null || run.error().isEmpty() ? "" : " (" + run.error() + ")"));
    if (run.pipelineSpec() != null && run.pipelineSpec().pipelineId() != null) {
      out.println("  pipeline:   " + run.pipelineSpec().pipelineId()
          + (run.pipelineSpec().pipelineName() == null ? "" : "  " + run.pipelineSpec().pipelineName()));
    }
    if (run.resourceReferences() != null) {
      for (ResourceReference ref : run.resourceReferences()) {
        out.println("  " + String.format("%-12s", ref.key().type().toLowerCase(java.util.Locale.ROOT) + ":")
            + ref.key().id() + (ref.name() == null ? "" : "  " + ref.name()));
      }
    }
    out.println("  created:    " + run.createdAt());
    String end = finished(run.finishedAt());
    out.println("  finished:   " + (end == null ? "-" : end));
    if (run.pipelineSpec() != null && run.pipelineSpec().parameters() != null) {
      run.pipelineSpec().parameters().forEach(p -> out.println("  param " + p.name() + " = " + p.value()));
    }
    if (run.metrics() != null) {
      run.metrics().forEach(m -> out.println("  metric " + m.nodeId() + " " + m.name() + " = " + m.numberValue()));
    }
  }

  /** The server writes {@code 1970-01-01T00:00:00Z} for a run that has not finished. */
  private static String finished(String time) {
    return time == null || time.startsWith("1970-01-01") ? null : time;
  }
}

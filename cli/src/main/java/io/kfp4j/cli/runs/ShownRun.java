package io.kfp4j.cli.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kfp4j.sdk.client.ResourceReference;
import io.kfp4j.sdk.client.Run;
import io.kfp4j.sdk.client.v2.RunState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A KFP server's run as the tables show it, from either API's answer. v2beta1's fields map to v1beta1's lines:
 * {@code state} ({@code SUCCEEDED}, ...) is the status, {@code error.message} the error, the
 * {@code pipeline_version_reference}'s pipeline the pipeline, {@code experiment_id}, its version and
 * {@code recurring_run_id} the references ({@code experiment}, {@code version}, {@code recurring}), {@code runtime_config.parameters} the parameters (text as it is, other
 * values as JSON).
 *
 * @param status the run's status, or {@code null} before it has one
 * @param references each reference's type in lower case ({@code experiment}), id and name (or {@code null})
 * @param finishedAt when it finished, or {@code null} while it has not
 * @param parameters each parameter's value as text, in the server's order
 * @param metrics each metric as {@code <node> <name> = <value>}
 */
record ShownRun(String id, String name, String status, String error, String pipelineId, String pipelineName,
    List<Reference> references, String createdAt, String finishedAt, Map<String, String> parameters,
    List<String> metrics) {
  /** The list's column headers, for {@link #row()}. */
  static final String[] HEADERS = {"ID", "NAME", "STATUS", "CREATED", "FINISHED"};

  /** A reference to another resource: its type in lower case, id and name (or {@code null}). */
  record Reference(String type, String id, String name) {}

  static ShownRun of(Run run) {
    List<Reference> refs = new ArrayList<>();
    if (run.resourceReferences() != null) {
      for (ResourceReference ref : run.resourceReferences()) {
        refs.add(new Reference(ref.key().type().toLowerCase(Locale.ROOT), ref.key().id(), ref.name()));
      }
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (run.pipelineSpec() != null && run.pipelineSpec().parameters() != null) {
      run.pipelineSpec().parameters().forEach(p -> params.put(p.name(), p.value()));
    }
    List<String> metrics = run.metrics() == null ? List.of()
        : run.metrics().stream().map(m -> m.nodeId() + " " + m.name() + " = " + m.numberValue()).toList();
    boolean hasPipeline = run.pipelineSpec() != null && run.pipelineSpec().pipelineId() != null;
    return new ShownRun(run.id(), run.name(), run.status(), run.error() == null || run.error().isEmpty() ? null
        : run.error(), hasPipeline ? run.pipelineSpec().pipelineId() : null,
        hasPipeline ? run.pipelineSpec().pipelineName() : null, refs, run.createdAt(), finished(run.finishedAt()),
        params, metrics);
  }

  static ShownRun of(io.kfp4j.sdk.client.v2.Run run) {
    List<Reference> refs = new ArrayList<>();
    if (run.experimentId() != null) {
      refs.add(new Reference("experiment", run.experimentId(), null));
    }
    var version = run.pipelineVersionReference();
    if (version != null && version.pipelineVersionId() != null) {
      refs.add(new Reference("version", version.pipelineVersionId(), null));
    }
    if (run.recurringRunId() != null && !run.recurringRunId().isEmpty()) {
      refs.add(new Reference("recurring", run.recurringRunId(), null));
    }
    Map<String, String> params = new LinkedHashMap<>();
    if (run.runtimeConfig() != null) {
      run.runtimeConfig().parameters().forEach((k, v) -> params.put(k, text(v)));
    }
    String error = run.error() == null || run.error().message() == null || run.error().message().isEmpty() ? null
        : run.error().message();
    return new ShownRun(run.runId(), run.displayName(),
        run.state() == RunState.RUNTIME_STATE_UNSPECIFIED ? null : run.state().name(), error,
        version == null ? null : version.pipelineId(), null, refs, run.createdAt(), finished(run.finishedAt()),
        params, List.of());
  }

  /** The list's row: id, name, status, created, finished. */
  String[] row() {
    return new String[] {id, name, status, createdAt, finishedAt};
  }

  /** The table of one run. */
  void print(PrintWriter out) {
    out.println("run " + id + "  " + name);
    out.println("  status:     " + (status == null ? "-" : status) + (error == null ? "" : " (" + error + ")"));
    if (pipelineId != null) {
      out.println("  pipeline:   " + pipelineId + (pipelineName == null ? "" : "  " + pipelineName));
    }
    for (Reference ref : references) {
      out.println("  " + String.format("%-12s", ref.type() + ":") + ref.id()
          + (ref.name() == null ? "" : "  " + ref.name()));
    }
    out.println("  created:    " + createdAt);
    out.println("  finished:   " + (finishedAt == null ? "-" : finishedAt));
    parameters.forEach((k, v) -> out.println("  param " + k + " = " + v));
    metrics.forEach(m -> out.println("  metric " + m));
  }

  /** The server writes {@code 1970-01-01T00:00:00Z} for a run that has not finished. */
  private static String finished(String time) {
    return time == null || time.startsWith("1970-01-01") ? null : time;
  }

  /** A v2 parameter value as text: a string as it is, anything else as JSON ({@code 7.5}, {@code [1, 2]}). */
  private static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /** Made on first use. */
  private static final class Json {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }
}

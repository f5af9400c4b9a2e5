package io.kfp4j.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.argo.WorkflowSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A KFP API server on 127.0.0.1 for the contract tests: it checks every JSON request body against the Swagger
 * definition of its endpoint (and every inline workflow against Argo's schema), records each request, keeps
 * experiments, pipelines and runs in memory and answers with bodies it checks against the Swagger definitions too.
 * Faults ({@link #fail}) and run status scripts ({@link #statuses}) are queued by the tests.
 */
public final class FakeKfpServer extends FakeApiServer {
  static final String API = "/apis/v1beta1";

  private final Map<String, Map<String, Object>> experiments = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> pipelines = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> runs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Deque<String> statusScript = new ArrayDeque<>();
  private boolean multiUser;

  public FakeKfpServer() throws IOException {
    super(SwaggerSchema.V1, List.of("apiRun", "apiRunDetail", "apiExperiment", "apiPipeline", "apiListRunsResponse",
        "apiJob"));
  }

  @Override
  protected Object errorBody(int code, String message) {
    return Map.of("error", message, "code", code, "message", message);
  }

  FakeKfpServer multiUser(boolean on) {
    multiUser = on;
    return this;
  }

  /** The statuses the next GETs of a run report, one each; the last one stays. */
  public synchronized FakeKfpServer statuses(String... statuses) {
    statusScript.clear();
    statusScript.addAll(List.of(statuses));
    return this;
  }

  /** Adds runs {@code run-0001} ... to an experiment, created a second apart. */
  void addRuns(int count, String experimentId) {
    for (int i = 1; i <= count; i++) {
      String id = String.format("run-%04d", i);
      runs.put(id, run(id, "run " + i, experimentId, "Succeeded"));
    }
  }

  @Override
  protected Object route(String method, String path, Map<String, String> q, byte[] body, String type)
      throws IOException {
    if (!path.startsWith(API + "/")) {
      throw new NotFound("no route " + method + " " + path + ": a KFP 1.x server has API " + API + " only");
    }
    String p = path.substring(API.length());
    String[] parts = p.substring(1).split("/");
    switch (method + " " + parts[0] + (parts.length > 1 ? "/*" : "")) {
      case "GET healthz":
        return answer("apiGetHealthzResponse", Map.of("multi_user", multiUser));
      case "GET experiments":
        return listExperiments(q);
      case "POST experiments": {
        Map<String, Object> e = checked("apiExperiment", body);
        String id = id("exp");
        Map<String, Object> made = new LinkedHashMap<>(e);
        made.put("id", id);
        made.put("created_at", "2026-11-28T13:27:38Z");
        made.put("storage_state", "STORAGESTATE_AVAILABLE");
        experiments.put(id, made);
        return answer("apiExperiment", made);
      }
      case "GET experiments/*":
        return answer("apiExperiment", find(experiments, parts[1]));
      case "POST experiments/*":
        find(experiments, parts[1].replaceAll(":(un)?archive$", "")).put("storage_state", "STORAGESTATE_ARCHIVED");
        return Map.of();
      case "DELETE experiments/*":
        experiments.remove(find(experiments, parts[1]).get("id"));
        return Map.of();
      case "POST pipelines/*":
        return upload(parts[1], q, body, type);
      case "GET pipelines":
        return answer("apiListPipelinesResponse", page(new ArrayList<>(pipelines.values()), q, "pipelines"));
      case "GET pipelines/*":
        return answer("apiPipeline", find(pipelines, parts[1]));
      case "DELETE pipelines/*":
        pipelines.remove(find(pipelines, parts[1]).get("id"));
        return Map.of();
      case "POST runs":
        return createRun(checked("apiRun", body));
      case "GET runs":
        return listRuns(q);
      case "GET runs/*": {
        Map<String, Object> run = find(runs, parts[1]);
        synchronized (this) {
          if (!statusScript.isEmpty()) {
            run.put("status", statusScript.size() > 1 ? statusScript.poll() : statusScript.peek());
          }
        }
        return answer("apiRunDetail", Map.of("run", run, "pipeline_runtime", Map.of("workflow_manifest", "{}")));
      }
      case "POST runs/*": {
        Map<String, Object> run = find(runs, parts[1].replaceAll(":(un)?archive$", ""));
        if (parts[1].endsWith(":archive")) {
          run.put("storage_state", "STORAGESTATE_ARCHIVED");
        } else if (parts.length > 2 && parts[2].equals("terminate")) {
          run.put("status", "Terminating");
        }
        return Map.of();
      }
      case "POST jobs":
        return createJob(checked("apiJob", body));
      case "GET jobs": {
        List<Map<String, Object>> all = new ArrayList<>(jobs.values());
        String refId = q.get("resource_reference_key.id");
        if (refId != null) {
          all.removeIf(j -> !refersTo(j, refId));
        }
        return answer("apiListJobsResponse", page(all, q, "jobs"));
      }
      case "GET jobs/*":
        return answer("apiJob", find(jobs, parts[1]));
      case "DELETE jobs/*":
        jobs.remove(find(jobs, parts[1]).get("id"));
        return Map.of();
      case "POST jobs/*": {
        Map<String, Object> job = find(jobs, parts[1]);
        if (parts.length != 3 || !List.of("enable", "disable").contains(parts[2])) {
          throw new NotFound("no route " + method + " " + path);
        }
        boolean on = parts[2].equals("enable");
        job.put("enabled", on);
        job.put("mode", on ? "ENABLED" : "DISABLED");
        job.put("status", on ? "Enable" : "Disable");
        return Map.of();
      }
      default:
        throw new NotFound("no route " + method + " " + path);
    }
  }

  private Object listExperiments(Map<String, String> q) throws IOException {
    List<Map<String, Object>> all = new ArrayList<>(experiments.values());
    if (q.containsKey("filter")) {
      JsonNode predicate = JSON.readTree(q.get("filter")).path("predicates").path(0);
      if (predicate.path("op").asInt() != 1 || !predicate.path("key").asText().equals("name")) {
        throw new BadRequest("unsupported filter " + q.get("filter"));
      }
      all.removeIf(e -> !e.get("name").equals(predicate.path("stringValue").asText()));
    }
    if ("NAMESPACE".equals(q.get("resource_reference_key.type"))) {
      all.removeIf(e -> !refersTo(e, q.get("resource_reference_key.id")));
    }
    return answer("apiListExperimentsResponse", page(all, q, "experiments"));
  }

  private Object listRuns(Map<String, String> q) {
    List<Map<String, Object>> all = new ArrayList<>(runs.values());
    String refId = q.get("resource_reference_key.id");
    if (refId != null) {
      all.removeIf(r -> !refersTo(r, refId));
    }
    if ("created_at desc".equals(q.get("sort_by"))) {
      Collections.reverse(all);
    }
    return answer("apiListRunsResponse", page(all, q, "runs"));
  }

  /** A job: a checked pipeline spec, one schedule, a max concurrency of 1 to 10; enabled unless it says not. */
  private Object createJob(Map<String, Object> body) throws IOException {
    checkedSpec(body);
    if (!(body.get("trigger") instanceof Map<?, ?> trigger)
        || trigger.containsKey("cron_schedule") == trigger.containsKey("periodic_schedule")) {
      throw new BadRequest("a job needs a trigger with either a cron_schedule or a periodic_schedule");
    }
    Object max = body.get("max_concurrency");
    if (max == null || !String.valueOf(max).matches("[1-9]|10")) {
      throw new BadRequest("max_concurrency must be 1 to 10, was " + max);
    }
    if (body.get("name") == null) {
      throw new BadRequest("a job needs a name");
    }
    boolean on = !Boolean.FALSE.equals(body.get("enabled"));
    Map<String, Object> job = new LinkedHashMap<>(body);
    job.put("id", id("job"));
    job.put("enabled", on);
    job.put("mode", on ? "ENABLED" : "DISABLED");
    job.put("status", on ? "Enable" : "Disable");
    job.put("created_at", "2026-11-28T13:27:38Z");
    job.put("updated_at", "2026-11-28T13:27:38Z");
    jobs.put((String) job.get("id"), job);
    return answer("apiJob", job);
  }

  /** The body's pipeline spec, after checking that it has a valid inline workflow, a pipeline id or a version. */
  private Map<String, Object> checkedSpec(Map<String, Object> body) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> spec = (Map<String, Object>) body.getOrDefault("pipeline_spec", Map.of());
    if (spec.get("workflow_manifest") instanceof String manifest) {
      @SuppressWarnings("unchecked")
      Map<String, Object> workflow = JSON.readValue(manifest, Map.class);
      List<String> argo = WorkflowSchema.problems(workflow);
      if (!argo.isEmpty()) {
        throw new BadRequest("the workflow_manifest is not a valid Argo Workflow: " + argo);
      }
    } else if (spec.get("pipeline_id") == null && !String.valueOf(body.get("resource_references")).contains("VERSION")) {
      throw new BadRequest("a run needs a workflow_manifest, a pipeline_id or a pipeline version");
    }
    return spec;
  }

  private Object createRun(Map<String, Object> body) throws IOException {
    Map<String, Object> spec = checkedSpec(body);
    String id = id("run");
    Map<String, Object> run = new LinkedHashMap<>(body);
    run.putAll(run(id, (String) body.get("name"), null, null));
    run.put("resource_references", body.getOrDefault("resource_references", List.of()));
    run.put("pipeline_spec", spec);
    runs.put(id, run);
    return answer("apiRunDetail", Map.of("run", run));
  }

  private Object upload(String what, Map<String, String> q, byte[] body, String type) {
    if (type == null || !type.startsWith("multipart/form-data; boundary=")) {
      throw new BadRequest("an upload must be multipart/form-data, was " + type);
    }
    String boundary = type.substring(type.indexOf('=') + 1);
    String text = new String(body, StandardCharsets.UTF_8);
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadfile\"; filename=\"";
    if (!text.startsWith(head) || !text.endsWith("\r\n--" + boundary + "--\r\n")
        || !text.contains("\"\r\nContent-Type: application/octet-stream\r\n\r\napiVersion: argoproj.io/v1alpha1")) {
      throw new BadRequest("not one uploadfile part holding a workflow: " + text.substring(0, Math.min(300, text.length())));
    }
    String id = id(what.equals("upload") ? "pl" : "ver");
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("id", id);
    made.put("created_at", "2026-11-28T13:27:38Z");
    made.put("name", q.getOrDefault("name", "uploaded"));
    if (q.containsKey("description")) {
      made.put("description", q.get("description"));
    }
    if (what.equals("upload")) {
      pipelines.put(id, made);
      return answer("apiPipeline", made);
    }
    made.put("resource_references", List.of(Map.of("key", Map.of("type", "PIPELINE", "id", q.get("pipelineid")),
        "relationship", "OWNER")));
    return answer("apiPipelineVersion", made);
  }

  private static Map<String, Object> run(String id, String name, String experimentId, String status) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("id", id);
    run.put("name", name);
    run.put("storage_state", "STORAGESTATE_AVAILABLE");
    run.put("created_at", "2026-11-28T13:27:38Z");
    if (status != null) {
      run.put("status", status);
    }
    if (experimentId != null) {
      run.put("resource_references", List.of(Map.of("key", Map.of("type", "EXPERIMENT", "id", experimentId),
          "relationship", "OWNER")));
    }
    return run;
  }

  /** Whether one of the item's resource references has this id. */
  private static boolean refersTo(Map<String, Object> item, String id) {
    return item.get("resource_references") instanceof List<?> refs && refs.stream()
        .anyMatch(r -> r instanceof Map<?, ?> ref && ref.get("key") instanceof Map<?, ?> key && id.equals(key.get("id")));
  }
}

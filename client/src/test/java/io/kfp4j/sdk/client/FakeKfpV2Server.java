package io.kfp4j.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.sdk.v2.StrictPipelineSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A KFP 2.x API server (v2beta1) on 127.0.0.1 for the contract tests. Every request is checked against the v2beta1
 * Swagger before it is served: its operation, its query parameters (no unknown ones), its body (no unknown fields,
 * every type and enum), the filter JSON, the upload's form; answers are checked against their definitions too.
 * Beyond the Swagger it checks what a KFP 2.x server checks: an uploaded or inline pipeline is a pipeline spec (a
 * mapping with {@code pipelineInfo.name}, not an Argo workflow), a run has one of an inline spec and a pipeline
 * version, its parameters are declared by the spec's root and typed as declared, referenced ids exist. Runs move
 * through {@link #states} on each GET (default {@code RUNNING}, then {@code SUCCEEDED}). With {@link #v1Too} it also
 * answers v1beta1's healthz, as KFP 2.x servers do; else it is a v2-only server.
 */
public final class FakeKfpV2Server extends FakeApiServer {
  static final String API = "/apis/v2beta1";
  static final String CREATED = "2026-11-28T13:27:38Z";

  private final Map<String, Map<String, Object>> experiments = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> pipelines = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> versions = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Object> specs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> runs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Deque<String>> runStates = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> recurring = Collections.synchronizedMap(new LinkedHashMap<>());
  private List<String> stateScript = List.of("RUNNING", "SUCCEEDED");
  private boolean v1Too;

  public FakeKfpV2Server() throws IOException {
    super(SwaggerSchema.V2, List.of("v2beta1Run", "v2beta1Experiment", "v2beta1Pipeline", "v2beta1RecurringRun"));
  }

  /** The states a new run reports on its next GETs, one each; the last one stays. */
  public synchronized FakeKfpV2Server states(String... states) {
    stateScript = List.of(states);
    return this;
  }

  /** Also answer {@code GET /apis/v1beta1/healthz}, as a KFP 2.x server that still serves v1beta1 does. */
  public FakeKfpV2Server v1Too(boolean on) {
    v1Too = on;
    return this;
  }

  /** The pipeline spec of an uploaded pipeline version, as the server keeps it. */
  public Object spec(String versionId) {
    return specs.get(versionId);
  }

  @Override
  protected Object errorBody(int code, String message) {
    return Map.of("code", code, "message", message);
  }

  @Override
  protected Object route(String method, String path, Map<String, String> q, byte[] body, String type)
      throws IOException {
    if (v1Too && method.equals("GET") && path.equals("/apis/v1beta1/healthz")) {
      return Map.of("multi_user", false);
    }
    String text = new String(body, StandardCharsets.UTF_8);
    SwaggerSchema.Operation op = swagger.operation(method, path)
        .orElseThrow(() -> new NotFound("no route " + method + " " + path));
    List<String> found = swagger.requestProblems(method, path, q, type, text);
    if (!found.isEmpty()) {
      throw new BadRequest(String.join("; ", found));
    }
    Object answer = serve(method, op.template().substring(API.length()), path.substring(API.length()).split("/"), q,
        body, text);
    return op.answer() == null ? answer : answer(op.answer(), answer);
  }

  private Object serve(String method, String template, String[] parts, Map<String, String> q, byte[] body,
      String text) throws IOException {
    String id = parts.length > 2 ? parts[2].replaceAll(":[a-z]+$", "") : null;
    switch (method + " " + template) {
      case "GET /healthz":
        return Map.of("multi_user", false, "pipeline_store", "database");
      case "POST /experiments":
        return createExperiment(json(text));
      case "GET /experiments":
        return listExperiments(q);
      case "GET /experiments/{experiment_id}":
        return find(experiments, id);
      case "POST /experiments/{experiment_id}:archive":
      case "POST /experiments/{experiment_id}:unarchive":
        find(experiments, id).put("storage_state", template.endsWith(":archive") ? "ARCHIVED" : "AVAILABLE");
        return Map.of();
      case "DELETE /experiments/{experiment_id}":
        experiments.remove(find(experiments, id).get("experiment_id"));
        return Map.of();
      case "POST /pipelines/upload":
        return uploadPipeline(q, body);
      case "POST /pipelines/upload_version":
        return uploadVersion(q, body);
      case "GET /pipelines":
        return page(new ArrayList<>(pipelines.values()), q, "pipelines");
      case "GET /pipelines/{pipeline_id}":
        return find(pipelines, id);
      case "GET /pipelines/names/{name}":
        return pipelines.values().stream().filter(p -> parts[3].equals(p.get("name"))).findFirst()
            .orElseThrow(() -> new NotFound("no pipeline named " + parts[3]));
      case "GET /pipelines/{pipeline_id}/versions":
        find(pipelines, id);
        return page(sorted(versions.values().stream().filter(v -> id.equals(v.get("pipeline_id"))).toList(), q), q,
            "pipeline_versions");
      case "GET /pipelines/{pipeline_id}/versions/{pipeline_version_id}":
        return find(versions, parts[4]);
      case "DELETE /pipelines/{pipeline_id}":
        return deletePipeline(id, "true".equals(q.get("cascade")));
      case "POST /runs":
        return createRun(json(text));
      case "GET /runs":
        return listRuns(q, "runs", runs);
      case "GET /runs/{run_id}":
        return nextState(id);
      case "POST /runs/{run_id}:archive":
        find(runs, id).put("storage_state", "ARCHIVED");
        return Map.of();
      case "POST /runs/{run_id}:terminate":
        find(runs, id).put("state", "CANCELING");
        runStates.put(id, new ArrayDeque<>(List.of("CANCELED")));
        return Map.of();
      case "DELETE /runs/{run_id}":
        runs.remove(find(runs, id).get("run_id"));
        return Map.of();
      case "POST /recurringruns":
        return createRecurringRun(json(text));
      case "GET /recurringruns":
        return listRuns(q, "recurringRuns", recurring);
      case "GET /recurringruns/{recurring_run_id}":
        return find(recurring, id);
      case "POST /recurringruns/{recurring_run_id}:enable":
      case "POST /recurringruns/{recurring_run_id}:disable": {
        boolean on = template.endsWith(":enable");
        find(recurring, id).put("status", on ? "ENABLED" : "DISABLED");
        find(recurring, id).put("mode", on ? "ENABLE" : "DISABLE");
        return Map.of();
      }
      case "DELETE /recurringruns/{recurring_run_id}":
        recurring.remove(find(recurring, id).get("recurring_run_id"));
        return Map.of();
      default:
        throw new NotFound("the fake does not serve " + method + " " + template);
    }
  }

  private Map<String, Object> createExperiment(Map<String, Object> e) {
    if (e.get("display_name") == null) {
      throw new BadRequest("an experiment needs a display_name");
    }
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("experiment_id", id("exp"));
    made.putAll(e);
    made.put("created_at", CREATED);
    made.put("storage_state", "AVAILABLE");
    made.putIfAbsent("namespace", "");
    experiments.put((String) made.get("experiment_id"), made);
    return made;
  }

  private Object listExperiments(Map<String, String> q) throws IOException {
    List<Map<String, Object>> all = new ArrayList<>(experiments.values());
    if (q.containsKey("filter")) {
      for (JsonNode p : JSON.readTree(q.get("filter")).path("predicates")) {
        if (!p.path("operation").asText().equals("EQUALS") || !p.path("key").asText().equals("display_name")) {
          throw new BadRequest("the fake filters experiments on display_name EQUALS only, not " + p);
        }
        all.removeIf(e -> !p.path("string_value").asText().equals(e.get("display_name")));
      }
    }
    if (q.containsKey("namespace")) {
      all.removeIf(e -> !q.get("namespace").equals(e.get("namespace")));
    }
    return page(all, q, "experiments");
  }

  private Object uploadPipeline(Map<String, String> q, byte[] body) {
    Map<String, Object> spec = uploadedSpec(body);
    String name = q.getOrDefault("name", String.valueOf(((Map<?, ?>) spec.get("pipelineInfo")).get("name")));
    if (pipelines.values().stream().anyMatch(p -> name.equals(p.get("name")))) {
      throw new BadRequest("a pipeline named " + name + " exists already; upload a version of it");
    }
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("pipeline_id", id("pl"));
    made.put("display_name", q.getOrDefault("display_name", name));
    made.put("name", name);
    if (q.containsKey("description")) {
      made.put("description", q.get("description"));
    }
    made.put("created_at", CREATED);
    pipelines.put((String) made.get("pipeline_id"), made);
    addVersion((String) made.get("pipeline_id"), name, q.get("description"), spec);
    return made;
  }

  /** As a KFP 2.x server: a pipeline with versions goes only with {@code cascade}, and takes its versions along. */
  private Object deletePipeline(String id, boolean cascade) {
    find(pipelines, id);
    List<String> owned = versions.values().stream().filter(v -> id.equals(v.get("pipeline_id")))
        .map(v -> (String) v.get("pipeline_version_id")).toList();
    if (!owned.isEmpty() && !cascade) {
      throw new Refused(400, "pipeline " + id + " has " + owned.size() + " versions: delete them first, or set"
          + " cascade=true");
    }
    owned.forEach(v -> {
      versions.remove(v);
      specs.remove(v);
    });
    pipelines.remove(id);
    return Map.of();
  }

  private Object uploadVersion(Map<String, String> q, byte[] body) {
    Map<String, Object> spec = uploadedSpec(body);
    String pipelineId = q.get("pipelineid");
    if (pipelineId == null) {
      throw new BadRequest("upload_version needs pipelineid");
    }
    find(pipelines, pipelineId);
    return addVersion(pipelineId, q.getOrDefault("name", "version"), q.get("description"), spec);
  }

  private Map<String, Object> addVersion(String pipelineId, String name, String description, Object spec) {
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("pipeline_id", pipelineId);
    made.put("pipeline_version_id", id("ver"));
    made.put("display_name", name);
    made.put("name", name);
    if (description != null) {
      made.put("description", description);
    }
    made.put("created_at", CREATED);
    made.put("pipeline_spec", spec);
    versions.put((String) made.get("pipeline_version_id"), made);
    specs.put((String) made.get("pipeline_version_id"), spec);
    return made;
  }

  /** The one {@code uploadfile} part's YAML, checked to be a pipeline spec. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> uploadedSpec(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    String boundary = text.substring(2, Math.max(2, text.indexOf("\r\n")));
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"uploadfile\"; filename=\"";
    int start = text.indexOf("\r\n\r\n");
    int end = text.lastIndexOf("\r\n--" + boundary + "--\r\n");
    if (!text.startsWith(head) || start < 0 || end < start || text.indexOf("--" + boundary, 2) != end + 2) {
      throw new BadRequest("not one uploadfile part: " + text.substring(0, Math.min(300, text.length())));
    }
    Object doc;
    try {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text.substring(start + 4, end)).iterator()
          .next();
    } catch (RuntimeException e) {
      throw new BadRequest("the uploaded file is not YAML: " + e.getMessage());
    }
    return checkedSpec(doc, "the uploaded file");
  }

  /** A pipeline spec: a mapping with pipelineInfo.name and no Argo kind, that parses strictly as KFP's proto. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> checkedSpec(Object doc, String what) {
    if (!(doc instanceof Map<?, ?> map)) {
      throw new BadRequest(what + " is not a mapping");
    }
    if (map.containsKey("kind") || map.containsKey("apiVersion")) {
      throw new BadRequest(what + " is a Kubernetes object (an Argo workflow?), not a pipeline spec");
    }
    if (!(map.get("pipelineInfo") instanceof Map<?, ?> info) || !(info.get("name") instanceof String)) {
      throw new BadRequest(what + " has no pipelineInfo.name");
    }
    try { // as the server's proto parsing: no unknown field, every value of its field's type
      StrictPipelineSpec.checkSpec(JSON.valueToTree(map));
    } catch (StrictPipelineSpec.StrictParseException e) {
      throw new BadRequest(what + " is not a valid pipeline spec: " + e.getMessage());
    }
    return (Map<String, Object>) map;
  }

  @SuppressWarnings("unchecked")
  private Object createRun(Map<String, Object> body) {
    Map<String, Object> spec = runSpec(body, "run");
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("run_id", id("run"));
    run.putAll(body);
    run.putIfAbsent("experiment_id", "exp-default");
    run.put("storage_state", "AVAILABLE");
    run.put("created_at", CREATED);
    run.put("scheduled_at", CREATED);
    run.put("state", "PENDING");
    checkParameters(spec, (Map<String, Object>) body.get("runtime_config"));
    runs.put((String) run.get("run_id"), run);
    synchronized (this) {
      runStates.put((String) run.get("run_id"), new ArrayDeque<>(stateScript));
    }
    return run;
  }

  /** The spec a run or recurring run runs: inline, or of the referenced version (the pipeline's latest without one). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> runSpec(Map<String, Object> body, String what) {
    if (body.get("display_name") == null) {
      throw new BadRequest("a " + what + " needs a display_name");
    }
    if (body.get("experiment_id") instanceof String e) {
      find(experiments, e);
    }
    Object inline = body.get("pipeline_spec");
    Object reference = body.get("pipeline_version_reference");
    if ((inline == null) == (reference == null)) {
      throw new BadRequest("a " + what + " needs either pipeline_spec or pipeline_version_reference");
    }
    if (inline != null) {
      Map<String, Object> doc = (Map<String, Object>) inline;
      return checkedSpec(doc.containsKey("platform_spec") ? doc.get("pipeline_spec") : doc, "the pipeline_spec");
    }
    Map<String, Object> ref = (Map<String, Object>) reference;
    find(pipelines, (String) ref.get("pipeline_id"));
    String versionId = (String) ref.get("pipeline_version_id");
    if (versionId == null) {
      versionId = versions.values().stream().filter(v -> ref.get("pipeline_id").equals(v.get("pipeline_id")))
          .map(v -> (String) v.get("pipeline_version_id")).reduce((a, b) -> b).orElseThrow();
    }
    Map<String, Object> version = find(versions, versionId);
    if (!ref.get("pipeline_id").equals(version.get("pipeline_id"))) {
      throw new BadRequest("version " + versionId + " is not of pipeline " + ref.get("pipeline_id"));
    }
    return (Map<String, Object>) specs.get(versionId);
  }

  /** The parameters, when the spec declares its root's: known names, values of the declared types. */
  @SuppressWarnings("unchecked")
  private static void checkParameters(Map<String, Object> spec, Map<String, Object> config) {
    Map<String, Object> given = config == null || config.get("parameters") == null ? Map.of()
        : (Map<String, Object>) config.get("parameters");
    if (!(spec.get("root") instanceof Map<?, ?> root && root.get("inputDefinitions") instanceof Map<?, ?> inputs
        && inputs.get("parameters") instanceof Map<?, ?> declared)) {
      return;
    }
    given.forEach((name, value) -> {
      if (!(declared.get(name) instanceof Map<?, ?> d)) {
        throw new BadRequest("parameter " + name + " is not one of the pipeline's: " + declared.keySet());
      }
      String type = String.valueOf(d.get("parameterType"));
      boolean fits = switch (type) {
        case "NUMBER_DOUBLE" -> value instanceof Number;
        case "NUMBER_INTEGER" -> value instanceof Integer || value instanceof Long;
        case "BOOLEAN" -> value instanceof Boolean;
        case "STRING" -> value instanceof String;
        case "LIST" -> value instanceof List<?>;
        case "STRUCT" -> value instanceof Map<?, ?>;
        default -> true;
      };
      if (!fits) {
        throw new BadRequest("parameter " + name + " is " + type + ", not " + JSON.valueToTree(value));
      }
    });
  }

  private synchronized Map<String, Object> nextState(String id) {
    Map<String, Object> run = find(runs, id);
    Deque<String> script = runStates.get(id);
    if (script != null && !script.isEmpty()) {
      String state = script.size() > 1 ? script.poll() : script.peek();
      run.put("state", state);
      if (List.of("SUCCEEDED", "FAILED", "CANCELED", "SKIPPED").contains(state)) {
        run.put("finished_at", CREATED);
      }
    }
    return run;
  }

  private static Object listRuns(Map<String, String> q, String field, Map<String, Map<String, Object>> items) {
    List<Map<String, Object>> all = new ArrayList<>(items.values());
    if (q.containsKey("experiment_id")) {
      all.removeIf(r -> !q.get("experiment_id").equals(r.get("experiment_id")));
    }
    return page(sorted(all, q), q, field);
  }

  /** The items (in creation order) newest first when the query sorts by {@code created_at desc}. */
  private static List<Map<String, Object>> sorted(List<Map<String, Object>> items, Map<String, String> q) {
    List<Map<String, Object>> all = new ArrayList<>(items);
    if ("created_at desc".equals(q.get("sort_by"))) {
      Collections.reverse(all);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private Object createRecurringRun(Map<String, Object> body) {
    runSpec(body, "recurring run");
    if (!(body.get("trigger") instanceof Map<?, ?> trigger)
        || trigger.containsKey("cron_schedule") == trigger.containsKey("periodic_schedule")) {
      throw new BadRequest("a recurring run needs a trigger with either a cron_schedule or a periodic_schedule");
    }
    Object max = body.get("max_concurrency");
    if (max == null || !String.valueOf(max).matches("[1-9]|10")) {
      throw new BadRequest("max_concurrency must be 1 to 10, was " + max);
    }
    if (!List.of("ENABLE", "DISABLE").contains(String.valueOf(body.get("mode")))) {
      throw new BadRequest("a recurring run's mode must be ENABLE or DISABLE, was " + body.get("mode"));
    }
    Map<String, Object> made = new LinkedHashMap<>();
    made.put("recurring_run_id", id("rr"));
    made.putAll(body);
    made.put("status", "ENABLE".equals(body.get("mode")) ? "ENABLED" : "DISABLED");
    made.put("created_at", CREATED);
    made.put("updated_at", CREATED);
    made.put("namespace", "");
    recurring.put((String) made.get("recurring_run_id"), made);
    return made;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) throws IOException {
    return JSON.readValue(text, LinkedHashMap.class);
  }
}

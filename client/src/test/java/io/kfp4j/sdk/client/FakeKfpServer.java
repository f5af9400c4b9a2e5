package io.kfp4j.sdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.kfp4j.sdk.argo.WorkflowSchema;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A KFP API server on 127.0.0.1 for the contract tests: it checks every JSON request body against the Swagger
 * definition of its endpoint (and every inline workflow against Argo's schema), records each request, keeps
 * experiments, pipelines and runs in memory and answers with bodies it checks against the Swagger definitions too.
 * Faults ({@link #fail}) and run status scripts ({@link #statuses}) are queued by the tests.
 */
public final class FakeKfpServer implements AutoCloseable {
  static final String API = "/apis/v1beta1";
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** One request as received: the path with its raw query, the headers, the body. */
  public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  /** An answer the server gives instead of its own, to the next request of this method and path prefix. */
  record Fault(String method, String pathPrefix, int status, String body, long delayMillis) {}

  private final HttpServer server;
  public final List<Request> requests = new CopyOnWriteArrayList<>();
  public final List<String> problems = new CopyOnWriteArrayList<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, Map<String, Object>> experiments = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> pipelines = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> runs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Map<String, Map<String, Object>> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final Deque<String> statusScript = new ArrayDeque<>();
  private boolean multiUser;
  private final Map<String, Integer> ids = new java.util.HashMap<>();

  public FakeKfpServer() throws IOException {
    for (String d : List.of("apiRun", "apiRunDetail", "apiExperiment", "apiPipeline", "apiListRunsResponse", "apiJob")) {
      SwaggerSchema.problems(d, "{}");   // compile the schemas before the first timed request
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
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

  synchronized FakeKfpServer fail(String method, String pathPrefix, int status, String body, long delayMillis) {
    faults.add(new Fault(method, pathPrefix, status, body, delayMillis));
    return this;
  }

  /** Adds runs {@code run-0001} ... to an experiment, created a second apart. */
  void addRuns(int count, String experimentId) {
    for (int i = 1; i <= count; i++) {
      String id = String.format("run-%04d", i);
      runs.put(id, run(id, "run " + i, experimentId, "Succeeded"));
    }
  }

  public List<Request> requests(String method, String pathPrefix) {
    return requests.stream().filter(r -> r.method.equals(method) && r.path.startsWith(pathPrefix)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = exchange.getRequestURI().getRawQuery();
      byte[] body = exchange.getRequestBody().readAllBytes();
      requests.add(new Request(method, path + (query == null ? "" : "?" + query),
          Map.copyOf(exchange.getRequestHeaders()), body));
      Fault fault = nextFault(method, path);
      if (fault != null) {
        sleep(fault.delayMillis);
        send(exchange, fault.status, fault.body);
        return;
      }
      Object answer;
      try {
        answer = route(method, path, params(query), body, exchange.getRequestHeaders().getFirst("Content-Type"));
      } catch (NotFound e) {
        send(exchange, 404, json(Map.of("error", e.getMessage(), "code", 5, "message", e.getMessage())));
        return;
      } catch (BadRequest e) {
        problems.add(method + " " + path + ": " + e.getMessage());
        send(exchange, 400, json(Map.of("error", e.getMessage(), "code", 3, "message", e.getMessage())));
        return;
      }
      send(exchange, 200, json(answer));
    }
  }

  private synchronized Fault nextFault(String method, String path) {
    for (Fault f : faults) {
      if (f.method.equals(method) && path.startsWith(f.pathPrefix)) {
        faults.remove(f);
        return f;
      }
    }
    return null;
  }

  private Object route(String method, String path, Map<String, String> q, byte[] body, String type)
      throws IOException {
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

  /** A page: the token is the offset of its first item. */
  private static Map<String, Object> page(List<Map<String, Object>> all, Map<String, String> q, String field) {
    int from = q.getOrDefault("page_token", "").isEmpty() ? 0 : Integer.parseInt(q.get("page_token"));
    int size = Integer.parseInt(q.getOrDefault("page_size", "10"));
    int to = Math.min(all.size(), from + size);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put(field, new ArrayList<>(all.subList(Math.min(from, to), to)));
    page.put("total_size", all.size());
    if (to < all.size()) {
      page.put("next_page_token", String.valueOf(to));
    }
    return page;
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

  private synchronized String id(String prefix) {
    return prefix + "-" + ids.merge(prefix, 1, Integer::sum);
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

  @SuppressWarnings("unchecked")
  private Map<String, Object> checked(String definition, byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    List<String> found = SwaggerSchema.problems(definition, text);
    if (!found.isEmpty()) {
      throw new BadRequest("the body is not a valid " + definition + ": " + found);
    }
    return JSON.readValue(text, LinkedHashMap.class);
  }

  /** An answer, checked against its Swagger definition first. */
  private Object answer(String definition, Object body) {
    List<String> found = SwaggerSchema.problems(definition, json(body));
    if (!found.isEmpty()) {
      problems.add("the fake server's own " + definition + " is invalid: " + found);
    }
    return body;
  }

  /** Whether one of the item's resource references has this id. */
  private static boolean refersTo(Map<String, Object> item, String id) {
    return item.get("resource_references") instanceof List<?> refs && refs.stream()
        .anyMatch(r -> r instanceof Map<?, ?> ref && ref.get("key") instanceof Map<?, ?> key && id.equals(key.get("id")));
  }

  private static <V> V find(Map<String, V> items, String id) {
    V item = items.get(URLDecoder.decode(id, StandardCharsets.UTF_8));
    if (item == null) {
      throw new NotFound("no resource " + id);
    }
    return item;
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> q = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        q.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  private static String json(Object value) {
    try {
      return value instanceof String s ? s : JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class NotFound extends RuntimeException {
    NotFound(String message) {
      super(message);
    }
  }

  private static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}

package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.ListQuery;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.RunTimeoutException;
import io.kfp4j.sdk.client.Trigger;
import io.kfp4j.sdk.client.internal.KfpHttp;
import io.kfp4j.sdk.client.internal.QueryString;
import io.kfp4j.sdk.client.internal.RunPolling;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client of a KFP 2.x server's REST API v2beta1, sending what {@code kfp.Client} 2.x sends: pipelines uploaded as
 * KFP v2's pipeline spec, runs with a {@code runtime_config} whose parameters keep their JSON types.
 *
 * <pre>{@code
 * KfpV2Client kfp = KfpV2Client.connect("http://localhost:8888");
 * PipelineSpecPackage spec = PipelineSpecPackage.ofYaml(PipelineSpecCompiler.toYaml(AdditionPipeline.spec()));
 * Run run = kfp.createRunFromPipeline(spec, Map.of("a", 7.0, "b", 8.0), null, "my-experiment");
 * Run done = kfp.waitForRunCompletion(run.runId(), Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>It shares {@link KfpConfig} (endpoint, token, cookies, namespace, TLS, timeouts, retries) and
 * {@link KfpApiException} with the v1beta1 {@link io.kfp4j.sdk.client.KfpClient}; GET and DELETE are retried on
 * connection errors and 502/503/504. With a namespace, experiments are created in it and lists are of it.
 */
public final class KfpV2Client {
  static final String API = ApiVersion.V2.prefix();

  private final KfpConfig config;
  private final KfpHttp http;

  private KfpV2Client(KfpConfig config) {
    this.config = config;
    this.http = new KfpHttp(config);
  }

  /** A client of this host with kfp's defaults. */
  public static KfpV2Client connect(String host) {
    return create(KfpConfig.builder().host(host).build());
  }

  /** A client of the server this configuration names. */
  public static KfpV2Client create(KfpConfig config) {
    return new KfpV2Client(config);
  }

  /** The configuration. */
  public KfpConfig config() {
    return config;
  }

  /** {@code GET /healthz}: whether the server is up, and multi-user. */
  public Health health() {
    return http.get(API + "/healthz", Health.class);
  }

  // ---- experiments

  /** kfp's {@code create_experiment}: the experiment of this name (in the namespace), created when there is none. */
  public Experiment createExperiment(String name, String description) {
    Optional<Experiment> existing = experimentByName(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    return http.post(API + "/experiments", new NewExperiment(name, description, config.namespace()),
        Experiment.class);
  }

  /**
   * The experiment of this display name (in the namespace, when one is set).
   *
   * @throws IllegalStateException when the server has more than one
   */
  public Optional<Experiment> experimentByName(String name) {
    QueryString q = new QueryString().add("filter", nameFilter(name)).add("namespace", config.namespace());
    Page<Experiment> page = http.page(API + "/experiments" + q, "experiments", Experiment.class);
    if (page.items().size() > 1) {
      throw new IllegalStateException("the KFP server has " + page.items().size() + " experiments named '" + name
          + "'; use an experiment id instead");
    }
    return page.items().stream().findFirst();
  }

  /** The experiment of this id. */
  public Experiment getExperiment(String id) {
    return http.get(API + "/experiments/" + KfpHttp.segment(id), Experiment.class);
  }

  /** One page of experiments (of the namespace, when one is set). */
  public Page<Experiment> listExperiments(ListQuery query) {
    return http.page(API + "/experiments" + list(query).add("namespace", config.namespace()), "experiments",
        Experiment.class);
  }

  /** Every experiment from this query's page on, page after page. */
  public List<Experiment> listAllExperiments(ListQuery query) {
    return KfpHttp.collect(query, this::listExperiments);
  }

  /** Archives the experiment and its runs. */
  public void archiveExperiment(String id) {
    http.json("POST", API + "/experiments/" + KfpHttp.segment(id) + ":archive", null);
  }

  /** Restores an archived experiment. */
  public void unarchiveExperiment(String id) {
    http.json("POST", API + "/experiments/" + KfpHttp.segment(id) + ":unarchive", null);
  }

  /** Deletes the experiment. */
  public void deleteExperiment(String id) {
    http.json("DELETE", API + "/experiments/" + KfpHttp.segment(id), null);
  }

  // ---- pipelines

  /**
   * kfp's {@code upload_pipeline}: the spec as {@code uploadfile}, named (and described) as its {@code pipelineInfo}
   * unless named here, in the namespace when one is set.
   */
  public Pipeline uploadPipeline(PipelineSpecPackage spec, String name, String description) {
    String path = API + "/pipelines/upload" + new QueryString().add("name", name != null ? name : spec.name())
        .add("description", description != null ? description : spec.description())
        .add("namespace", config.namespace());
    return http.upload(path, KfpNames.k8sName(spec.name()) + ".yaml", spec.yamlBytes(), Pipeline.class);
  }

  /** Uploads a package file ({@code .yaml}, {@code .zip}, {@code .tar.gz}) holding a pipeline spec. */
  public Pipeline uploadPipeline(Path packageFile, String name, String description) {
    return uploadPipeline(PipelineSpecPackage.read(packageFile), name, description);
  }

  /** kfp's {@code upload_pipeline_version}: the spec as a new version of an uploaded pipeline. */
  public PipelineVersion uploadPipelineVersion(PipelineSpecPackage spec, String versionName, String pipelineId,
      String description) {
    String path = API + "/pipelines/upload_version" + new QueryString().add("name", versionName)
        .add("pipelineid", pipelineId).add("description", description);
    return http.upload(path, KfpNames.k8sName(spec.name()) + ".yaml", spec.yamlBytes(), PipelineVersion.class);
  }

  /** The pipeline of this id. */
  public Pipeline getPipeline(String id) {
    return http.get(API + "/pipelines/" + KfpHttp.segment(id), Pipeline.class);
  }

  /** The pipeline of this name (in the namespace, when one is set), or empty when the server has none. */
  public Optional<Pipeline> pipelineByName(String name) {
    String path = API + "/pipelines/names/" + KfpHttp.segment(name)
        + new QueryString().add("namespace", config.namespace());
    try {
      return Optional.of(http.get(path, Pipeline.class));
    } catch (KfpApiException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** One page of pipelines (of the namespace, when one is set). */
  public Page<Pipeline> listPipelines(ListQuery query) {
    return http.page(API + "/pipelines" + list(query).add("namespace", config.namespace()), "pipelines",
        Pipeline.class);
  }

  /** Deletes the pipeline (which must have no versions left). */
  public void deletePipeline(String id) {
    deletePipeline(id, false);
  }

  /**
   * Deletes the pipeline; with {@code cascade}, its versions too (the server refuses to delete a pipeline that has
   * versions without it).
   */
  public void deletePipeline(String id, boolean cascade) {
    http.json("DELETE", API + "/pipelines/" + KfpHttp.segment(id)
        + (cascade ? new QueryString().add("cascade", "true") : ""), null);
  }

  /** One version of a pipeline. */
  public PipelineVersion getPipelineVersion(String pipelineId, String versionId) {
    return http.get(API + "/pipelines/" + KfpHttp.segment(pipelineId) + "/versions/" + KfpHttp.segment(versionId),
        PipelineVersion.class);
  }

  /** The pipeline's newest version (by creation time), or empty when it has none. */
  public Optional<PipelineVersion> latestPipelineVersion(String pipelineId) {
    ListQuery newest = ListQuery.builder().pageSize(1).sortBy("created_at desc").build();
    return listPipelineVersions(pipelineId, newest).items().stream().findFirst();
  }

  /** One page of a pipeline's versions. */
  public Page<PipelineVersion> listPipelineVersions(String pipelineId, ListQuery query) {
    return http.page(API + "/pipelines/" + KfpHttp.segment(pipelineId) + "/versions" + list(query),
        "pipeline_versions", PipelineVersion.class);
  }

  // ---- runs

  /** kfp's {@code run_pipeline}: creates the run and returns it. */
  public Run createRun(RunRequest request) {
    return http.post(API + "/runs", NewRun.of(request), Run.class);
  }

  /**
   * kfp's {@code create_run_from_pipeline_package} for a compiled spec: gets or creates the experiment (named as
   * {@link KfpConfig#experimentName} says) and starts the run inline, named {@code "<pipeline> <yyyy-MM-dd HH-mm-ss>"}
   * unless a run name is given.
   */
  public Run createRunFromPipeline(PipelineSpecPackage spec, Map<String, ?> arguments, String runName,
      String experimentName) {
    Experiment experiment = createExperiment(config.experimentName(experimentName), null);
    String name = runName != null ? runName : config.runName(spec.name());
    return createRun(RunRequest.builder(name).pipelineSpec(spec).parameters(arguments)
        .experimentId(experiment.experimentId()).build());
  }

  /** The run of this id. */
  public Run getRun(String runId) {
    return http.get(API + "/runs/" + KfpHttp.segment(runId), Run.class);
  }

  /** One page of runs: of the experiment when given, else of the namespace when one is set. */
  public Page<Run> listRuns(ListQuery query, String experimentId) {
    return http.page(API + "/runs" + owned(query, experimentId), "runs", Run.class);
  }

  /** Every run from this query's page on, page after page. */
  public List<Run> listAllRuns(ListQuery query, String experimentId) {
    return KfpHttp.collect(query, q -> listRuns(q, experimentId));
  }

  /**
   * Polls the run every {@link KfpConfig#pollInterval()} until its state has {@linkplain RunState#finished()
   * finished}, and returns it.
   *
   * @throws RunTimeoutException when the run has not finished after the timeout
   */
  public Run waitForRunCompletion(String runId, Duration timeout) {
    return RunPolling.until(runId, timeout, config.pollInterval(), () -> getRun(runId), Run::finished,
        r -> r.state().name());
  }

  /** Archives the run. */
  public void archiveRun(String runId) {
    http.json("POST", API + "/runs/" + KfpHttp.segment(runId) + ":archive", null);
  }

  /** Stops the run. */
  public void terminateRun(String runId) {
    http.json("POST", API + "/runs/" + KfpHttp.segment(runId) + ":terminate", null);
  }

  /** Deletes the run. */
  public void deleteRun(String runId) {
    http.json("DELETE", API + "/runs/" + KfpHttp.segment(runId), null);
  }

  // ---- recurring runs

  /** kfp's {@code create_recurring_run}: a schedule starting the request's runs on its trigger. */
  public RecurringRun createRecurringRun(RecurringRunRequest request) {
    NewRun run = NewRun.of(request.run());
    NewRecurringRun body = new NewRecurringRun(run.displayName(), run.description(), run.pipelineSpec(),
        run.pipelineVersionReference(), run.runtimeConfig(), run.serviceAccount(),
        String.valueOf(request.maxConcurrency()), request.trigger(), request.enabled() ? "ENABLE" : "DISABLE",
        request.noCatchup(), run.experimentId());
    return http.post(API + "/recurringruns", body, RecurringRun.class);
  }

  /** The recurring run of this id. */
  public RecurringRun getRecurringRun(String id) {
    return http.get(API + "/recurringruns/" + KfpHttp.segment(id), RecurringRun.class);
  }

  /** One page of recurring runs: of the experiment when given, else of the namespace when one is set. */
  public Page<RecurringRun> listRecurringRuns(ListQuery query, String experimentId) {
    // the list answer's field is recurringRuns, as the Swagger names it
    return http.page(API + "/recurringruns" + owned(query, experimentId), "recurringRuns", RecurringRun.class);
  }

  /** Starts scheduling runs again. */
  public void enableRecurringRun(String id) {
    http.json("POST", API + "/recurringruns/" + KfpHttp.segment(id) + ":enable", null);
  }

  /** Stops scheduling runs. */
  public void disableRecurringRun(String id) {
    http.json("POST", API + "/recurringruns/" + KfpHttp.segment(id) + ":disable", null);
  }

  /** Deletes the recurring run. */
  public void deleteRecurringRun(String id) {
    http.json("DELETE", API + "/recurringruns/" + KfpHttp.segment(id), null);
  }

  @Override
  public String toString() {
    return "KfpV2Client[" + config + "]";
  }

  // ---- plumbing

  /** {@code POST /experiments}'s body; absent fields left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NewExperiment(String displayName, String description, String namespace) {}

  /** {@code POST /runs}'s body ({@code v2beta1Run}'s inputs), in kfp's order; absent fields left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NewRun(String experimentId, String displayName, String description, JsonNode pipelineSpec,
      PipelineVersionReference pipelineVersionReference, RuntimeConfig runtimeConfig, String serviceAccount) {
    static NewRun of(RunRequest r) {
      return new NewRun(r.experimentId(), r.displayName(), r.description(),
          r.pipelineSpec() == null ? null : r.pipelineSpec().runSpec(), r.pipelineVersion(),
          new RuntimeConfig(r.parameters(), r.pipelineRoot()), r.serviceAccount());
    }
  }

  /** {@code POST /recurringruns}'s body ({@code v2beta1RecurringRun}'s inputs); absent fields left out. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NewRecurringRun(String displayName, String description, JsonNode pipelineSpec,
      PipelineVersionReference pipelineVersionReference, RuntimeConfig runtimeConfig, String serviceAccount,
      String maxConcurrency, Trigger trigger, String mode, Boolean noCatchup, String experimentId) {}

  /** A v2beta1 filter on {@code display_name}, with the Swagger's field and enum names. */
  static String nameFilter(String name) {
    Map<String, Object> predicate = new java.util.LinkedHashMap<>();
    predicate.put("operation", "EQUALS");
    predicate.put("key", "display_name");
    predicate.put("string_value", name);
    return PythonJson.dumpsInOrder(Map.of("predicates", List.of(predicate)));
  }

  private static QueryString list(ListQuery query) {
    return KfpHttp.listQuery(query).add("filter", query.filter());
  }

  /** A list query of the experiment's resources when it is given, else of the namespace's when one is set. */
  private QueryString owned(ListQuery query, String experimentId) {
    QueryString q = list(query);
    return experimentId != null ? q.add("experiment_id", experimentId) : q.add("namespace", config.namespace());
  }
}

package io.kfp4j.sdk.client;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.client.internal.KfpHttp;
import io.kfp4j.sdk.client.internal.QueryString;
import io.kfp4j.sdk.client.internal.RunPolling;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client of the KFP REST API v1beta1 that sends what {@code kfp.Client} 1.8.22 sends: the same paths, query strings
 * and snake_case bodies.
 *
 * <pre>{@code
 * KfpClient kfp = KfpClient.connect("http://localhost:8888");
 * Run run = kfp.createRunFromPipeline(AdditionPipeline.spec(), Map.of("a", 7.0), null, "my-experiment");
 * RunDetail done = kfp.waitForRunCompletion(run.id(), Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>Every call throws {@link KfpApiException} when it fails; GET and DELETE are retried on connection errors and
 * 502/503/504 as {@link KfpConfig} says.
 */
public final class KfpClient {
  static final String API = "/apis/v1beta1";

  private final KfpConfig config;
  private final KfpHttp http;

  private KfpClient(KfpConfig config) {
    this.config = config;
    this.http = new KfpHttp(config);
  }

  /** A client of this host with kfp's defaults. */
  public static KfpClient connect(String host) {
    return create(KfpConfig.builder().host(host).build());
  }

  public static KfpClient create(KfpConfig config) {
    return new KfpClient(config);
  }

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
    List<ResourceReference> refs = config.namespace() == null ? List.of()
        : List.of(ResourceReference.of(ResourceReference.NAMESPACE, config.namespace(), ResourceReference.OWNER));
    return http.post(API + "/experiments", new NewExperiment(name, description, refs), Experiment.class);
  }

  /**
   * The experiment of this name, found as kfp finds it (a name filter, and the namespace when one is set).
   *
   * @throws IllegalStateException when the server has more than one
   */
  public Optional<Experiment> experimentByName(String name) {
    String filter = PythonJson.dumpsInOrder(Map.of("predicates",
        List.of(orderedMap("op", 1, "key", "name", "stringValue", name))));
    QueryString q = new QueryString().add("filter", filter);
    namespaceReference(q);
    Page<Experiment> page = http.page(API + "/experiments" + q, "experiments", Experiment.class);
    if (page.items().size() > 1) {
      throw new IllegalStateException("the KFP server has " + page.items().size() + " experiments named '" + name
          + "'; use an experiment id instead");
    }
    return page.items().stream().findFirst();
  }

  public Experiment getExperiment(String id) {
    return http.get(API + "/experiments/" + KfpHttp.segment(id), Experiment.class);
  }

  /** One page of experiments (of the namespace, when one is set). */
  public Page<Experiment> listExperiments(ListQuery query) {
    QueryString q = KfpHttp.listQuery(query).add("filter", query.filter());
    namespaceReference(q);
    return http.page(API + "/experiments" + q, "experiments", Experiment.class);
  }

  public void archiveExperiment(String id) {
    http.json("POST", API + "/experiments/" + KfpHttp.segment(id) + ":archive", null);
  }

  public void unarchiveExperiment(String id) {
    http.json("POST", API + "/experiments/" + KfpHttp.segment(id) + ":unarchive", null);
  }

  public void deleteExperiment(String id) {
    http.json("DELETE", API + "/experiments/" + KfpHttp.segment(id), null);
  }

  // ---- pipelines

  /** kfp's {@code upload_pipeline}: a {@code .yaml}, {@code .zip} or {@code .tar.gz} package, as {@code uploadfile}. */
  public Pipeline uploadPipeline(Path packageFile, String name, String description) {
    String path = API + "/pipelines/upload" + new QueryString().add("name", name).add("description", description);
    return http.upload(path, packageFile.getFileName().toString(), KfpHttp.readPackage(packageFile), Pipeline.class);
  }

  /**
   * Uploads a compiled pipeline as {@code <name>.yaml}, named and described as the package is unless named here.
   */
  public Pipeline uploadPipeline(PipelinePackage pipeline, String name, String description) {
    String pipelineName = name != null ? name : pipeline.name();
    String path = API + "/pipelines/upload" + new QueryString().add("name", pipelineName)
        .add("description", description != null ? description : pipeline.description());
    return http.upload(path, KfpNames.k8sName(pipeline.name()) + ".yaml", pipeline.yamlBytes(), Pipeline.class);
  }

  /** kfp's {@code upload_pipeline_version}: a new version of an uploaded pipeline. */
  public PipelineVersion uploadPipelineVersion(Path packageFile, String versionName, String pipelineId,
      String description) {
    String path = API + "/pipelines/upload_version" + new QueryString().add("name", versionName)
        .add("pipelineid", pipelineId).add("description", description);
    return http.upload(path, packageFile.getFileName().toString(), KfpHttp.readPackage(packageFile),
        PipelineVersion.class);
  }

  public Page<Pipeline> listPipelines(ListQuery query) {
    return http.page(API + "/pipelines" + KfpHttp.listQuery(query).add("filter", query.filter()), "pipelines",
        Pipeline.class);
  }

  public Pipeline getPipeline(String id) {
    return http.get(API + "/pipelines/" + KfpHttp.segment(id), Pipeline.class);
  }

  public void deletePipeline(String id) {
    http.json("DELETE", API + "/pipelines/" + KfpHttp.segment(id), null);
  }

  // ---- runs

  /** kfp's {@code run_pipeline}: creates the run and returns it ({@code ApiRunDetail.run}). */
  public Run createRun(RunRequest request) {
    NewRun body = new NewRun(request.name(), pipelineSpec(request), references(request), request.serviceAccount());
    return http.post(API + "/runs", body, RunDetail.class).run();
  }

  /**
   * kfp's {@code create_run_from_pipeline_func} for a compiled pipeline: resolves the experiment (the name
   * given, else {@code KF_PIPELINES_DEFAULT_EXPERIMENT_NAME}; {@code KF_PIPELINES_OVERRIDE_EXPERIMENT_NAME} wins; else
   * {@code Default}), gets or creates it, and starts the run, named {@code "<pipeline> <yyyy-MM-dd HH-mm-ss>"} unless
   * a run name is given.
   */
  public Run createRunFromPipeline(PipelinePackage pipeline, Map<String, ?> arguments, String runName,
      String experimentName) {
    Experiment experiment = createExperiment(experimentName(experimentName), null);
    String name = runName != null ? runName : config.runName(pipeline.name());
    return createRun(RunRequest.builder(name).pipelinePackage(pipeline).parameters(arguments)
        .experimentId(experiment.id()).build());
  }

  /** kfp's {@code create_run_from_pipeline_package}: as {@link #createRunFromPipeline}, from a package file. */
  public Run createRunFromPipelinePackage(Path packageFile, Map<String, ?> arguments, String runName,
      String experimentName) {
    return createRunFromPipeline(PipelinePackage.read(packageFile), arguments, runName, experimentName);
  }

  /** The experiment name kfp would use for this argument, after the {@code KF_PIPELINES_*} variables. */
  public String experimentName(String given) {
    return config.experimentName(given);
  }

  public RunDetail getRun(String runId) {
    return http.get(API + "/runs/" + KfpHttp.segment(runId), RunDetail.class);
  }

  /** One page of runs: of the experiment when given, else of the namespace when one is set. */
  public Page<Run> listRuns(ListQuery query, String experimentId) {
    return http.page(API + "/runs" + ownedQuery(query, experimentId), "runs", Run.class);
  }

  /** A list query of the experiment's resources when it is given, else of the namespace's when one is set. */
  private QueryString ownedQuery(ListQuery query, String experimentId) {
    QueryString q = KfpHttp.listQuery(query);
    if (experimentId != null) {
      q.add("resource_reference_key.type", ResourceReference.EXPERIMENT).add("resource_reference_key.id", experimentId);
    } else {
      namespaceReference(q);
    }
    q.add("filter", query.filter());
    return q;
  }

  /** Every run from this query's page on, page after page (each page one call), as {@link #listRuns} lists them. */
  public List<Run> listAllRuns(ListQuery query, String experimentId) {
    return KfpHttp.collect(query, q -> listRuns(q, experimentId));
  }

  /** Every experiment from this query's page on, page after page. */
  public List<Experiment> listAllExperiments(ListQuery query) {
    return KfpHttp.collect(query, this::listExperiments);
  }

  /**
   * kfp's {@code wait_for_run_completion}: polls the run every {@link KfpConfig#pollInterval()} until its status is
   * {@code Succeeded}, {@code Failed}, {@code Skipped} or {@code Error} (any case), and returns the last detail.
   *
   * @throws RunTimeoutException when the run has not finished after the timeout
   */
  public RunDetail waitForRunCompletion(String runId, Duration timeout) {
    return RunPolling.until(runId, timeout, config.pollInterval(), () -> getRun(runId),
        d -> d.run() != null && d.run().finished(), d -> d.run() == null ? null : d.run().status());
  }

  public void archiveRun(String runId) {
    http.json("POST", API + "/runs/" + KfpHttp.segment(runId) + ":archive", null);
  }

  public void terminateRun(String runId) {
    http.json("POST", API + "/runs/" + KfpHttp.segment(runId) + "/terminate", null);
  }

  public void deleteRun(String runId) {
    http.json("DELETE", API + "/runs/" + KfpHttp.segment(runId), null);
  }

  // ---- recurring runs (jobs)

  /**
   * kfp's {@code create_recurring_run}: a job that starts the request's runs on its trigger; the pipeline spec and
   * references are built as for {@link #createRun}.
   */
  public Job createJob(JobRequest request) {
    RunRequest run = request.run();
    NewJob body = new NewJob(run.name(), request.description(), pipelineSpec(run), references(run),
        run.serviceAccount(), String.valueOf(request.maxConcurrency()), request.trigger(), request.enabled(),
        request.noCatchup());
    return http.post(API + "/jobs", body, Job.class);
  }

  public Job getJob(String id) {
    return http.get(API + "/jobs/" + KfpHttp.segment(id), Job.class);
  }

  /** One page of jobs: of the experiment when given, else of the namespace when one is set. */
  public Page<Job> listJobs(ListQuery query, String experimentId) {
    return http.page(API + "/jobs" + ownedQuery(query, experimentId), "jobs", Job.class);
  }

  public void enableJob(String id) {
    http.json("POST", API + "/jobs/" + KfpHttp.segment(id) + "/enable", null);
  }

  public void disableJob(String id) {
    http.json("POST", API + "/jobs/" + KfpHttp.segment(id) + "/disable", null);
  }

  public void deleteJob(String id) {
    http.json("DELETE", API + "/jobs/" + KfpHttp.segment(id), null);
  }

  @Override
  public String toString() {
    return "KfpClient[" + config + "]";
  }

  // ---- plumbing

  /** {@code POST /experiments}'s body: {@code description} left out when absent, references always sent. */
  record NewExperiment(String name, @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String description,
      @com.fasterxml.jackson.annotation.JsonProperty("resource_references") List<ResourceReference> references) {}

  /** {@code POST /runs}'s body, in kfp's key order; absent fields left out. */
  @com.fasterxml.jackson.databind.annotation.JsonNaming(
      com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record NewRun(String name, PipelineSpec pipelineSpec, List<ResourceReference> resourceReferences,
      String serviceAccount) {}

  /** {@code POST /jobs}'s body, in kfp's key order; absent fields left out. */
  @com.fasterxml.jackson.databind.annotation.JsonNaming(
      com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record NewJob(String name, String description, PipelineSpec pipelineSpec, List<ResourceReference> resourceReferences,
      String serviceAccount, String maxConcurrency, Trigger trigger, Boolean enabled, Boolean noCatchup) {}

  /** The pipeline spec of a run or job: the inline workflow of a package, or the uploaded pipeline id. */
  private static PipelineSpec pipelineSpec(RunRequest request) {
    String manifest = null;
    if (request.pipelinePackage() != null) {
      manifest = request.pipelinePackage().manifest(request.enableCaching());
    }
    return new PipelineSpec(request.pipelineId(), null, manifest, null, RunParameters.of(request.parameters()));
  }

  /** The experiment (owner) and pipeline version (creator) references of a run or job. */
  private static List<ResourceReference> references(RunRequest request) {
    List<ResourceReference> refs = new ArrayList<>();
    if (request.experimentId() != null) {
      refs.add(ResourceReference.of(ResourceReference.EXPERIMENT, request.experimentId(), ResourceReference.OWNER));
    }
    if (request.versionId() != null) {
      refs.add(ResourceReference.of(ResourceReference.PIPELINE_VERSION, request.versionId(),
          ResourceReference.CREATOR));
    }
    return refs;
  }

  private void namespaceReference(QueryString q) {
    if (config.namespace() != null) {
      q.add("resource_reference_key.type", ResourceReference.NAMESPACE)
          .add("resource_reference_key.id", config.namespace());
    }
  }

  private static Map<String, Object> orderedMap(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}

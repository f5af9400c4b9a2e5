package io.kfp4j.sdk.argo;

import static io.kfp4j.sdk.argo.ContainerTemplates.KFP;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineParameter;
import io.kfp4j.sdk.ir.PipelineSettings;
import io.kfp4j.sdk.ir.TaskNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a pipeline into the Argo {@code Workflow} KFP 1.8.22's v1 compiler writes for it.
 *
 * <pre>{@code
 * Map<String, Object> workflow = Compiler.compile(graph);                 // the ordered tree
 * Compiler.compile(graph, Path.of("add_pipeline.yaml"));                  // or .yml, .zip, .tar.gz, .tgz
 * Compiler.withClock(fixedClock).workflow(graph);                          // a fixed compilation time
 * }</pre>
 *
 * <p>The same graph always gives the same tree and the same bytes, except the
 * {@code pipelines.kubeflow.org/pipeline_compilation_time} annotation, which reads the clock.
 */
public final class Compiler {

  private final Clock clock;

  private Compiler(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A compiler that stamps the compilation time from this clock (in its zone, as Python's local time). */
  public static Compiler withClock(Clock clock) {
    return new Compiler(clock);
  }

  /**
   * The workflow of the pipeline as an ordered tree of maps, lists, strings, numbers and booleans.
   *
   * @throws CompileException naming the pipeline, task and input of whatever cannot be compiled
   */
  public static Map<String, Object> compile(PipelineGraph graph) {
    return withClock(Clock.systemDefaultZone()).workflow(graph);
  }

  /**
   * The workflow of the pipeline as the YAML text of a {@code .yaml} package (what a KFP client uploads).
   *
   * @throws CompileException naming the pipeline, task and input of whatever cannot be compiled
   */
  public static String toYaml(PipelineGraph graph) {
    return WorkflowWriter.toYaml(compile(graph));
  }

  /**
   * Compiles and writes the workflow: YAML for {@code .yaml}/{@code .yml}, or a {@code .zip} / {@code .tar.gz} /
   * {@code .tgz} holding a single {@code pipeline.yaml}, as KFP writes packages.
   *
   * @return the workflow tree
   * @throws IllegalArgumentException for another file extension
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public static Map<String, Object> compile(PipelineGraph graph, Path file) {
    return withClock(Clock.systemDefaultZone()).write(graph, file);
  }

  /** The workflow tree, stamped with this compiler's clock. */
  public Map<String, Object> workflow(PipelineGraph graph) {
    Objects.requireNonNull(graph, "graph");
    GroupTree tree = new GroupTree(graph);
    String exitTask = graph.exitTask().orElse(null);
    TaskOps resolver = new TaskOps(tree);
    List<TaskOp> ops = new ArrayList<>();
    for (TaskNode node : graph.tasks().values()) {
      ops.add(resolver.resolve(node));
    }
    GroupIo io = new GroupIo(tree, ops, exitTask);
    List<Map<String, Object>> templates = new ArrayList<>(new DagTemplates(tree, io).all());
    ContainerTemplates containers = new ContainerTemplates();
    ops.forEach(op -> templates.add(op.resource() != null ? ResourceTemplates.template(op) : containers.template(op)));
    templates.sort(Comparator.comparing(t -> (String) t.get("name")));

    Map<String, Object> workflow = new LinkedHashMap<>();
    workflow.put("apiVersion", "argoproj.io/v1alpha1");
    workflow.put("kind", "Workflow");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("generateName", tree.rootName() + "-");
    workflow.put("metadata", metadata);
    workflow.put("spec", spec(graph, tree.rootName(), templates, exitTask));

    Map<String, Object> rewritten = DataPassing.rewrite(workflow);
    if (graph.settings().dataPassingVolume() != null) {
      VolumeDataPassing.rewrite(rewritten, graph.settings().dataPassingVolume(), graph.name());
    }
    Map<String, Object> annotations = new LinkedHashMap<>();
    annotations.put(KFP + "kfp_sdk_version", ContainerTemplates.SDK_VERSION);
    annotations.put(KFP + "pipeline_compilation_time", isoTime(LocalDateTime.now(clock)));
    annotations.put(KFP + "pipeline_spec", PythonJson.dumps(pipelineSpec(graph)));
    Map<String, Object> meta = Trees.child(rewritten, "metadata");
    meta.put("annotations", annotations);
    meta.put("labels", ContainerTemplates.entry(KFP + "kfp_sdk_version", ContainerTemplates.SDK_VERSION));
    return rewritten;
  }

  /** Compiles and writes the workflow as {@link #compile(PipelineGraph, Path)} does, with this clock. */
  public Map<String, Object> write(PipelineGraph graph, Path file) {
    Map<String, Object> workflow = workflow(graph);
    WorkflowWriter.write(workflow, file);
    return workflow;
  }

  private static Map<String, Object> spec(PipelineGraph graph, String entrypoint, List<Map<String, Object>> templates,
      String exitTask) {
    PipelineSettings settings = graph.settings();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("entrypoint", entrypoint);
    spec.put("templates", templates);
    List<Object> parameters = new ArrayList<>();
    for (PipelineParameter p : parameters(graph)) {
      Map<String, Object> parameter = ContainerTemplates.entry("name", p.name());
      if (p.defaultText() != null) {
        parameter.put("value", p.defaultText());
      }
      parameters.add(parameter);
    }
    spec.put("arguments", ContainerTemplates.entry("parameters", parameters));
    spec.put("serviceAccountName", "pipeline-runner");
    if (settings.parallelism() != null) {
      spec.put("parallelism", settings.parallelism());
    }
    if (settings.ttlSecondsAfterFinished() != null) {
      spec.put("ttlStrategy", ContainerTemplates.entry("secondsAfterCompletion", settings.ttlSecondsAfterFinished()));
    }
    if (!settings.imagePullSecrets().isEmpty()) {
      spec.put("imagePullSecrets", settings.imagePullSecrets().stream()
          .map(s -> (Object) ContainerTemplates.entry("name", s)).toList());
    }
    if (settings.timeoutSeconds() != null) {
      spec.put("activeDeadlineSeconds", settings.timeoutSeconds());
    }
    if (exitTask != null) {
      spec.put("onExit", exitTask);
    }
    if (!settings.defaultNodeSelector().isEmpty()) {
      spec.put("nodeSelector", new LinkedHashMap<>(settings.defaultNodeSelector()));
    }
    if (settings.dnsConfig() != null) {
      spec.put("dnsConfig", settings.dnsConfig());
    }
    return spec;
  }

  /** The parameters, with KFP's {@code pipeline-root} last when the pipeline names a root. */
  private static List<PipelineParameter> parameters(PipelineGraph graph) {
    List<PipelineParameter> all = new ArrayList<>(graph.parameters());
    if (graph.pipelineRoot() != null) {
      all.add(new PipelineParameter("pipeline-root", null, graph.pipelineRoot()));
    }
    return all;
  }

  /** KFP's {@code pipeline_spec} annotation: the pipeline's name, description and inputs. */
  private static Map<String, Object> pipelineSpec(PipelineGraph graph) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", graph.name());
    if (graph.description() != null) {
      spec.put("description", graph.description());
    }
    List<Object> inputs = new ArrayList<>();
    for (PipelineParameter p : graph.parameters()) {
      Map<String, Object> input = ContainerTemplates.entry("name", p.name());
      if (p.kfpType() != null) {
        input.put("type", p.kfpType());
      }
      if (p.defaultText() != null) {
        input.put("default", p.defaultText());
        input.put("optional", true);
      }
      inputs.add(input);
    }
    if (graph.pipelineRoot() != null) {
      Map<String, Object> root = ContainerTemplates.entry("name", "pipeline-root");
      root.put("default", graph.pipelineRoot());
      inputs.add(root);
    }
    if (!inputs.isEmpty()) {
      spec.put("inputs", inputs);
    }
    return spec;
  }

  /** Python's {@code datetime.isoformat()}: microseconds only when there are any. */
  static String isoTime(LocalDateTime time) {
    // written out: a DateTimeFormatter or String.format loads the locale's data, a tenth of a short compile's time
    StringBuilder text = new StringBuilder(26);
    digits(text, time.getYear(), 4).append('-');
    digits(text, time.getMonthValue(), 2).append('-');
    digits(text, time.getDayOfMonth(), 2).append('T');
    digits(text, time.getHour(), 2).append(':');
    digits(text, time.getMinute(), 2).append(':');
    digits(text, time.getSecond(), 2);
    int micros = time.getNano() / 1000;
    if (micros != 0) {
      digits(text.append('.'), micros, 6);
    }
    return text.toString();
  }

  /** Appends the value with leading zeros to the width. */
  private static StringBuilder digits(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    return text.append(digits);
  }
}

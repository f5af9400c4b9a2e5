package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a pipeline into KFP v2's pipeline spec (IR) as the KFP 2.x SDK writes it.
 *
 * <pre>{@code
 * String yaml = PipelineSpecCompiler.toYaml(graph);              // what a KFP 2.x server takes on upload
 * PipelineSpecCompiler.compile(graph, Path.of("add.yaml"));       // written to a file
 * }</pre>
 *
 * <p>The same graph always gives the same bytes (keys sorted, as KFP writes them).
 */
public final class PipelineSpecCompiler {
  /** The {@code sdkVersion} written into every spec. */
  public static final String SDK_VERSION = "kfp4j-0.1.0";


  private PipelineSpecCompiler() {}

  /**
   * The pipeline spec of the pipeline as a JSON tree ({@code ml_pipelines.PipelineSpec}, JSON field names), without
   * the Kubernetes settings: those are {@link #platforms(PipelineGraph)}'s.
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   */
  public static ObjectNode pipelineSpec(PipelineGraph graph) {
    return compiled(graph, false).spec();
  }

  /**
   * The {@code platforms} document of the pipeline ({@code platforms.kubernetes.deploymentSpec.executors}, as KFP's
   * kubernetes extension writes it): each task's Kubernetes settings under its executor label; an empty node when no
   * task has any.
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   */
  public static ObjectNode platforms(PipelineGraph graph) {
    return compiled(graph, true).platforms();
  }

  private static Compiled compiled(PipelineGraph graph, boolean withPlatforms) {
    Objects.requireNonNull(graph, "graph");
    DagBuilder dags = new DagBuilder(graph);
    ObjectNode root = dags.build();
    ObjectNode info = JsonNodeFactory.instance.objectNode();
    if (graph.description() != null) {
      info.put("description", graph.description());
    }
    info.put("name", graph.name());
    ObjectNode spec = new SpecParts(info, root, dags.components(), dags.executors(), graph.pipelineRoot()).toSpec();
    if (!withPlatforms) {
      return new Compiled(spec, JsonNodeFactory.instance.objectNode());
    }
    KubernetesPlatform kubernetes = new KubernetesPlatform(graph.name(), graph.settings());
    ReferenceSources references = new ReferenceSources(graph);
    Map<String, ObjectNode> configs = new LinkedHashMap<>();
    dags.executorLabels().forEach((task, label) -> configs.put(label,
        kubernetes.executorConfig(graph.tasks().get(task), value -> references.of(task, value))));
    return new Compiled(spec, KubernetesPlatform.document(configs));
  }

  /** The two documents of a compiled pipeline. */
  private record Compiled(ObjectNode spec, ObjectNode platforms) {}

  /**
   * One component compiled by itself, as KFP 2 compiles a component and publishes it as a v2 component YAML: a
   * pipeline named after the component ({@code Print text} is {@code print-text}) of one task, whose inputs (with
   * their defaults) and outputs are the pipeline's.
   *
   * @throws V2CompileException naming the component and what KFP v2 cannot express of it
   */
  public static ObjectNode componentSpec(LoadedComponent component) {
    Objects.requireNonNull(component, "component");
    return ComponentPipeline.build(component).toSpec();
  }

  /** {@link #componentSpec(LoadedComponent)} as YAML text. */
  public static String componentYaml(LoadedComponent component) {
    return SpecYaml.text(componentSpec(component));
  }

  /**
   * The YAML text of the compiled pipeline: the pipeline spec, then ({@code ---}) the {@code platforms} document when a
   * task has Kubernetes settings.
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   */
  public static String toYaml(PipelineGraph graph) {
    Compiled compiled = compiled(graph, true);
    String spec = SpecYaml.text(compiled.spec());
    return compiled.platforms().isEmpty() ? spec : spec + "---\n" + SpecYaml.text(compiled.platforms());
  }

  /**
   * Compiles and writes the pipeline as YAML.
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void compile(PipelineGraph graph, Path file) {
    String yaml = toYaml(graph);
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS))
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private PipelineSpecCompiler() {}

  /**
   * The pipeline spec of the pipeline as a JSON tree ({@code ml_pipelines.PipelineSpec}, JSON field names).
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   */
  public static ObjectNode pipelineSpec(PipelineGraph graph) {
    Objects.requireNonNull(graph, "graph");
    DagBuilder dags = new DagBuilder(graph);
    ObjectNode root = dags.build();
    ObjectNode info = YAML.createObjectNode();
    if (graph.description() != null) {
      info.put("description", graph.description());
    }
    info.put("name", graph.name());
    return new SpecParts(info, root, dags.components(), dags.executors(), graph.pipelineRoot()).toSpec();
  }

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
    try {
      return YAML.writeValueAsString(componentSpec(component));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The YAML text of the compiled pipeline: the pipeline spec, then the {@code platforms} document when a task has
   * Kubernetes settings.
   *
   * @throws V2CompileException naming the pipeline, task and setting of whatever KFP v2 cannot express
   */
  public static String toYaml(PipelineGraph graph) {
    try {
      // the platforms document (KubernetesPlatform, the settings Refusals.kubernetesSettings lists) follows the spec
      // as a second YAML document, "---\nplatforms:\n  kubernetes: ...", when a task has such settings
      return YAML.writeValueAsString(pipelineSpec(graph));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

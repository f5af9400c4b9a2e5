package io.kfp4j.sdk.client;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.client.internal.PackageFiles;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A compiled pipeline, as the client sends it: the Argo workflow's YAML text and its tree, with the name and
 * description it is uploaded and run under. As a run's {@code workflow_manifest} it is kfp's
 * {@code json.dumps(yaml.safe_load(package))}, keys in their order. Package files are {@code .yaml}/{@code .yml}, or
 * {@code .zip} / {@code .tar.gz} / {@code .tgz} archives holding {@code pipeline.yaml} or a single {@code .yaml} file.
 *
 * <p>The client takes packages, not pipelines: compile a {@code PipelineGraph} with a compiler (kfp4j-compiler-argo's
 * {@code WorkflowWriter.toYaml(Compiler.compile(graph))}) and wrap the text with {@link #ofYaml}.
 */
public final class PipelinePackage {
  private final String name;
  private final String description;
  private final String yaml;

  /** The text is checked to be a YAML mapping before it is kept. */
  private PipelinePackage(String name, String description, String yaml, String what) {
    parse(yaml, what);
    this.name = name;
    this.description = description;
    this.yaml = yaml;
  }

  /**
   * A package of compiled YAML text.
   *
   * @param name the pipeline's name: the default name of an upload and of a run
   * @param description its description, or {@code null}
   * @param yaml the Argo workflow as YAML
   * @throws IllegalArgumentException when the text is not a YAML mapping
   */
  public static PipelinePackage ofYaml(String name, String description, String yaml) {
    Objects.requireNonNull(name, "name");
    return new PipelinePackage(name, description, yaml, "the pipeline " + name);
  }

  /**
   * Reads a package file; its name is the file's name.
   *
   * @throws IllegalArgumentException naming the file when it is not a package or holds no workflow
   * @throws UncheckedIOException when it cannot be read
   */
  public static PipelinePackage read(Path file) {
    String yaml = PackageFiles.yamlText(file);
    return new PipelinePackage(file.getFileName().toString(), null, yaml, "the pipeline package " + file);
  }

  /** The name the pipeline is uploaded and run under unless another is given. */
  public String name() {
    return name;
  }

  /** The description, or {@code null}. */
  public String description() {
    return description;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parse(String yaml, String what) {
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(what + " is not valid YAML: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(what + " does not hold a YAML mapping (an Argo Workflow); compile the"
          + " pipeline with Compiler.compile");
    }
    return new LinkedHashMap<>((Map<String, Object>) map);
  }

  /** The workflow as the YAML text of a {@code .yaml} package. */
  byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The manifest with kfp's {@code enable_caching} override applied: each template's label
   * {@code pipelines.kubeflow.org/enable_caching} set to {@code "true"}/{@code "false"} ({@code null}: unchanged).
   */
  @SuppressWarnings("unchecked")
  String manifest(Boolean enableCaching) {
    Map<String, Object> tree = parse(yaml, "the pipeline " + name);
    if (enableCaching != null && tree.get("spec") instanceof Map<?, ?> spec
        && spec.get("templates") instanceof List<?> templates) {
      for (Object t : templates) {
        if (t instanceof Map<?, ?> template && template.get("metadata") instanceof Map<?, ?> metadata
            && metadata.get("labels") instanceof Map<?, ?> labels) {
          ((Map<String, Object>) labels).put("pipelines.kubeflow.org/enable_caching", enableCaching.toString());
        }
      }
    }
    return PythonJson.dumpsInOrder(tree);
  }
}

package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.client.internal.KfpHttp;
import io.kfp4j.sdk.client.internal.PackageFiles;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A pipeline compiled to KFP v2's pipeline spec (IR), as the v2 client sends it: the YAML text of the spec, then,
 * when tasks have Kubernetes settings, a second document with the platform spec. Its name and description are the
 * spec's {@code pipelineInfo}.
 *
 * <p>The client takes compiled text, not pipelines: compile a {@code PipelineGraph} with kfp4j-compiler-v2
 * ({@code PipelineSpecCompiler.toYaml(graph)}) and wrap the text with {@link #ofYaml}.
 */
public final class PipelineSpecPackage {
  private final String yaml;
  private final ObjectNode spec;
  private final ObjectNode platform;

  private PipelineSpecPackage(String yaml, String what) {
    this.yaml = yaml;
    ObjectNode first = null;
    ObjectNode rest = JsonNodeFactory.instance.objectNode();
    try {
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
        if (doc == null) {
          continue;
        }
        if (!(doc instanceof Map<?, ?>)) {
          throw new IllegalArgumentException(what + " is not KFP v2's pipeline spec: a document is not a mapping");
        }
        ObjectNode object = KfpHttp.JSON.valueToTree(doc);
        if (first == null) {
          first = object;
        } else {
          rest.setAll(object);
        }
      }
    } catch (YAMLException e) {
      throw new IllegalArgumentException(what + " is not valid YAML: " + e.getMessage(), e);
    }
    if (first == null) {
      throw new IllegalArgumentException(what + " is empty; compile the pipeline with PipelineSpecCompiler");
    }
    if ("Workflow".equals(first.path("kind").asText()) || first.path("apiVersion").asText().startsWith("argoproj.io")) {
      throw new IllegalArgumentException(what + " is an Argo workflow (KFP v1), not KFP v2's pipeline spec; compile"
          + " the pipeline for the v2 target (PipelineSpecCompiler), or send it with the v1 client (KfpClient)");
    }
    if (first.path("pipelineInfo").path("name").asText("").isEmpty()) {
      throw new IllegalArgumentException(what + " is not KFP v2's pipeline spec: it has no pipelineInfo.name");
    }
    this.spec = first;
    this.platform = rest;
  }

  /**
   * The package of compiled YAML text.
   *
   * @throws IllegalArgumentException when the text is not YAML, is an Argo workflow, or has no
   *     {@code pipelineInfo.name}
   */
  public static PipelineSpecPackage ofYaml(String yaml) {
    Objects.requireNonNull(yaml, "yaml");
    return new PipelineSpecPackage(yaml, "the pipeline spec");
  }

  /**
   * Reads a package file: {@code .yaml}/{@code .yml}, or a {@code .zip}/{@code .tar.gz}/{@code .tgz} archive of one.
   *
   * @throws IllegalArgumentException naming the file when it is not a package or not a pipeline spec
   * @throws UncheckedIOException when it cannot be read
   */
  public static PipelineSpecPackage read(Path file) {
    return new PipelineSpecPackage(PackageFiles.yamlText(file), "the pipeline package " + file);
  }

  /** {@code pipelineInfo.name}: the name the pipeline is uploaded under unless another is given. */
  public String name() {
    return spec.path("pipelineInfo").path("name").asText();
  }

  /** {@code pipelineInfo.description}, or {@code null}. */
  public String description() {
    JsonNode d = spec.path("pipelineInfo").path("description");
    return d.isTextual() ? d.asText() : null;
  }

  /** The YAML text, as uploaded. */
  public String yaml() {
    return yaml;
  }

  /** The YAML text's UTF-8 bytes. */
  public byte[] yamlBytes() {
    return yaml.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A run's inline {@code pipeline_spec}, as kfp 2.x sends it: the spec, or, with a platform spec,
   * {@code {"pipeline_spec": ..., "platform_spec": ...}}. A new tree on each call.
   */
  public JsonNode runSpec() {
    if (platform.isEmpty()) {
      return spec.deepCopy();
    }
    ObjectNode both = JsonNodeFactory.instance.objectNode();
    both.set("pipeline_spec", spec.deepCopy());
    both.set("platform_spec", platform.deepCopy());
    return both;
  }

  @Override
  public String toString() {
    return "PipelineSpecPackage[" + name() + "]";
  }
}

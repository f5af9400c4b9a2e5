package io.kfp4j.examples.samples;

import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A pipeline compiled to an Argo workflow file and read back, with look-ups of its templates and DAG tasks for the
 * tests' assertions. (Whether every pipeline's workflow is valid for Argo, {@code kfp4j:compile} checks when the
 * project is packaged.)
 *
 * @param yaml the workflow as parsed YAML
 */
public record ArgoWorkflow(Map<String, Object> yaml) {

  /** Compiles the pipeline to {@code <dir>/<name>.yaml} and reads it back. */
  @SuppressWarnings("unchecked")
  public static ArgoWorkflow compile(PipelineGraph graph, Path dir) {
    Path file = dir.resolve(graph.name() + ".yaml");
    Compiler.compile(graph, file);
    try {
      Map<String, Object> yaml = (Map<String, Object>) new Yaml(new LoaderOptions()).load(Files.readString(file));
      return new ArgoWorkflow(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workflow's {@code spec}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> spec() {
    return (Map<String, Object>) yaml.get("spec");
  }

  /** A template by name. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> template(String name) {
    return ((List<Map<String, Object>>) spec().get("templates")).stream().filter(t -> name.equals(t.get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no template " + name + " in the workflow"));
  }

  /** A task of a DAG template by name. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> task(String dagTemplate, String name) {
    Map<String, Object> dag = (Map<String, Object>) template(dagTemplate).get("dag");
    return ((List<Map<String, Object>>) dag.get("tasks")).stream().filter(t -> name.equals(t.get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no task " + name + " in template " + dagTemplate));
  }

  /** The parameters a DAG task passes, name to value. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> arguments(String dagTemplate, String name) {
    Map<String, Object> arguments = (Map<String, Object>) task(dagTemplate, name).get("arguments");
    Map<String, Object> out = new java.util.TreeMap<>();
    for (Map<String, Object> parameter : (List<Map<String, Object>>) arguments.get("parameters")) {
      out.put((String) parameter.get("name"), parameter.get("value"));
    }
    return out;
  }

  /** The names of a template's output artifacts. */
  @SuppressWarnings("unchecked")
  public List<Object> outputArtifacts(String template) {
    Map<String, Object> outputs = (Map<String, Object>) template(template).get("outputs");
    return ((List<Map<String, Object>>) outputs.get("artifacts")).stream().map(a -> a.get("name")).toList();
  }

  /** A template's container. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> container(String template) {
    return (Map<String, Object>) template(template).get("container");
  }

  /** A template's metadata annotations. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> annotations(String template) {
    return (Map<String, Object>) ((Map<String, Object>) template(template).get("metadata")).get("annotations");
  }
}

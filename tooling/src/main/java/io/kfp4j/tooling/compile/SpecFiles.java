package io.kfp4j.tooling.compile;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.internal.PackageFiles;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.pipelines.Failures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Pipelines compiled to KFP v2's pipeline spec (target {@code v2}): YAML files, and packages the v2 client sends. */
public final class SpecFiles {
  private SpecFiles() {}

  /**
   * The path of a pipeline spec file, checked to end with {@code .yaml} or {@code .yml} before anything is built.
   *
   * @throws ToolingException (fact {@code option} {@code output}) when the text is not a path or names an archive
   */
  public static Path path(String output) {
    Path file = WorkflowFiles.validPath(output);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw new ToolingException(Kind.INVALID_INPUT, "cannot write the pipeline spec (target v2) to " + output
          + ": its file name must end with .yaml or .yml", "name a .yaml file, or compile for the argo target to"
          + " write a .zip or .tar.gz package", Kfp4jException.facts(Kfp4jException.Fact.OPTION, "output"), null);
    }
    return file;
  }

  /**
   * Compiles the graph to its pipeline spec and writes the YAML; missing folders are created.
   *
   * @return the YAML text
   * @throws ToolingException naming the pipeline, task and setting that KFP v2 cannot express, or why the file cannot
   *     be written
   */
  public static String write(PipelineGraph graph, Path file) {
    String yaml = yaml(graph);
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, yaml);
      return yaml;
    } catch (IOException e) {
      throw new ToolingException(Kind.IO, "cannot write the pipeline to " + file + ": "
          + Failures.describeWrite(e, file), e);
    }
  }

  /**
   * What a package file was compiled for: {@link Target#V2} when its first YAML document has {@code pipelineInfo}
   * (KFP v2's pipeline spec), else {@link Target#ARGO}.
   *
   * @throws ToolingException naming the file when it cannot be read or is not a package
   */
  public static Target targetOf(Path file) {
    String yaml;
    try {
      yaml = PackageFiles.yamlText(file);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new ToolingException(Kind.IO, e.getMessage(), e);
    }
    Object first;
    try {
      Iterator<Object> docs = new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml).iterator();
      first = docs.hasNext() ? docs.next() : null;
    } catch (YAMLException e) {
      throw new ToolingException(Kind.INVALID_INPUT, "the pipeline package " + file + " is not valid YAML: "
          + e.getMessage(), e);
    }
    return first instanceof Map<?, ?> map && map.containsKey("pipelineInfo") ? Target.V2 : Target.ARGO;
  }

  /**
   * The graph compiled, as the v2 client sends it.
   *
   * @throws ToolingException naming the pipeline, task and setting that KFP v2 cannot express
   */
  public static PipelineSpecPackage toPackage(PipelineGraph graph) {
    return PipelineSpecPackage.ofYaml(yaml(graph));  // SpecPackage.of, with tooling's errors
  }

  private static String yaml(PipelineGraph graph) {
    try {
      return PipelineSpecCompiler.toYaml(graph);
    } catch (UncheckedIOException e) {
      throw new ToolingException(Kind.IO, "cannot write the pipeline spec of " + graph.name() + ": "
          + e.getMessage(), e);
    } catch (Kfp4jException e) {
      // V2CompileException, PipelineBuildException: their messages name the pipeline, the task and the setting
      throw new ToolingException("", e);
    } catch (IllegalArgumentException e) {
      throw new ToolingException(Kind.INVALID_PIPELINE, e.getMessage(), e);
    }
  }
}

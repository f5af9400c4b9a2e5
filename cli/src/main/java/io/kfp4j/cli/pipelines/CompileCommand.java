package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.ServerApiOptions;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.compile.SpecFiles;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.compile.WorkflowFiles;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.pipelines.ProjectPipelines;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kfp4j compile PIPELINE [--classpath CP] [--target argo|v2] -o FILE} and
 * {@code kfp4j compile --list [--classpath CP]}: the KFP SDK's {@code dsl-compile} for pipelines written in Java.
 */
@Command(
    name = "compile",
    description = {
      "Compile a pipeline of a compiled Java project as KFP's dsl-compile does, to an Argo workflow or KFP v2's"
          + " pipeline spec.",
      "The --target is one of:",
      "  argo (default)  the Argo workflow KFP 1.8.22 runs (and KFP 2.x through API v1beta1): YAML (.yaml, .yml)"
          + " or a package holding pipeline.yaml (.zip, .tar.gz, .tgz);",
      "  v2              KFP v2's pipeline spec (IR) as KFP 2.x's compiler writes it, for KFP 2.x servers (API"
          + " v2beta1) and Vertex AI Pipelines: YAML (.yaml, .yml).",
      "Prints one line:",
      "  compiled NAME (N tasks) to FILE",
      "PIPELINE is a pipeline's name, as in @Pipeline(name = ...) or sanitized (lower case, dashes), the class"
          + " kfp4j-processor generated for the @Pipeline method (com.example.TrainingPipeline), or that method"
          + " as CLASS#method (com.example.MyPipelines#training). A name that several pipelines share after KFP's"
          + " sanitizing (pipeline flip coin, pipeline-flip-coin) picks none: give CLASS#method, as --list shows.",
      "Pipelines are found through the index kfp4j-processor writes into the classes (META-INF/kfp4j/pipelines/),"
          + " so the project must be compiled with kfp4j-processor on the annotation processor path. Building the"
          + " pipeline runs its @Pipeline method, so the classpath needs the project's dependencies too: in a Maven"
          + " project (the nearest folder upwards with a pom.xml) kfp4j asks Maven for them once and caches the"
          + " answer in target/kfp4j/classpath.txt; elsewhere give them with --classpath.",
      "",
      "Examples (in a Maven project, after mvn compile):",
      "  kfp4j compile --list",
      "  kfp4j compile addition-pipeline -o addition.yaml",
      "  kfp4j compile addition-pipeline --target v2 -o addition-v2.yaml",
      "Elsewhere, with the classes and jars given:",
      "  kfp4j compile com.example.TrainingPipeline \\",
      "      --classpath 'build/classes:lib/*' -o training.tar.gz",
      ""
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK,
        "1:no such pipeline (the pipelines found are listed), not a pipeline, the pipeline cannot be built or"
            + " compiled, or FILE cannot be written",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class CompileCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PIPELINE",
      description = "The pipeline: its name, its generated class, or CLASS#method of its @Pipeline method.")
  String pipeline;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the pipeline: .yaml or .yml for YAML; .zip, .tar.gz or .tgz for a KFP package"
          + " (target argo). Missing folders are created.")
  String output;

  @Option(
      names = "--target",
      paramLabel = "argo|v2",
      defaultValue = "argo",
      description = "What to compile to: argo (default), the Argo workflow; v2, KFP v2's pipeline spec.")
  String target;

  @Option(
      names = {"--classpath", "-cp"},
      paramLabel = "CP",
      description = "The project's classes and dependencies: folders and jars separated by '${sys:path.separator}',"
          + " DIR/* for every jar in DIR. " + ProjectClasspathOption.DEFAULT_HELP)
  String classpath;

  @Option(names = "--list", description = "List the pipelines on the classpath, one per line: NAME  CLASS, and the"
      + " CLASS#method that picks it when its name is shared.")
  boolean list;

  @Override
  public Integer call() {
    checkArguments();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path file = list ? null : outputPath();
    try (PipelineClasspath path = ProjectClasspathOption.open(classpath, spec)) {
      if (list) {
        return list(path, out, err);
      }
      PipelineGraph graph = ProjectPipelines.build(pipeline, path);
      if (target() == Target.V2) {
        SpecFiles.write(graph, file);
      } else {
        WorkflowFiles.write(graph, file);
      }
      int tasks = graph.tasks().size();
      out.println("compiled " + graph.name() + " (" + tasks + (tasks == 1 ? " task" : " tasks") + ") to " + output);
      out.flush();
      return ExitCodes.OK;
    }
  }

  /** PIPELINE and -o go together; --list takes neither. */
  private void checkArguments() {
    if (list) {
      if (pipeline != null || output != null) {
        throw new ParameterException(spec.commandLine(), "--list takes no " + (pipeline != null ? "PIPELINE ('"
            + pipeline + "')" : "--output") + "; list the pipelines first, then compile one by name");
      }
      return;
    }
    if (pipeline == null) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PIPELINE' (or give --list"
          + " to see the pipelines)");
    }
    if (output == null) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--output=FILE'");
    }
  }

  /** The -o path, checked for an extension the target writes before anything is loaded. */
  private Path outputPath() {
    return target() == Target.V2 ? SpecFiles.path(output) : WorkflowFiles.path(output);
  }

  /** The {@code --target}; a name other than argo or v2 is a usage error (exit 2). */
  private Target target() {
    return ServerApiOptions.parseTarget(spec, target);
  }

  private static int list(PipelineClasspath path, PrintWriter out, PrintWriter err) {
    List<PipelineClasspath.IndexEntry> entries = path.list();
    if (entries.isEmpty()) {
      err.println("kfp4j: " + ProjectPipelines.noPipelines(path));
      err.flush();
      return ExitCodes.OK;
    }
    out.print(ProjectPipelines.table(path, entries));
    out.flush();
    return ExitCodes.OK;
  }
}

package io.kfp4j.cli.pipelines;

import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.ServerApiOptions;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.argo.WorkflowWriter;
import io.kfp4j.sdk.client.Pipeline;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.submit.ArgoPackage;
import io.kfp4j.tooling.compile.SpecFiles;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.pipelines.ProjectPipelines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kfp4j pipelines upload FILE|PIPELINE}: uploads a compiled package, or compiles a project's pipeline first. */
@Command(name = "upload", sortOptions = false,
    description = {"Upload a pipeline to the server: a compiled package (.yaml, .yml, .zip, .tar.gz, .tgz, as"
        + " kfp4j compile writes it), or a pipeline of a compiled Java project, found as for kfp4j compile (a name,"
        + " its generated class or CLASS#method; see --classpath) and compiled in memory.",
      "A package is sent through the API its content needs: an Argo workflow through v1beta1, KFP v2's pipeline"
          + " spec through v2beta1. For a PIPELINE: " + ServerApiOptions.RULE, "",
      "Examples:", "  export KFP_ENDPOINT=http://localhost:8888",
      "  kfp4j pipelines upload addition.yaml --name addition",
      "  kfp4j pipelines upload addition-pipeline          (in a Maven project, after mvn compile)",
      "  kfp4j pipelines upload addition-pipeline --target v2",
      "  kfp4j pipelines upload addition-pipeline --classpath examples/target/classes", ""},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, KfpConnection.DOC_SERVER_FAILED + "; or no such file or pipeline",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class UploadPipelineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Mixin
  KfpConnection kfp;

  @Parameters(index = "0", paramLabel = "FILE|PIPELINE", description = "A package file, or a pipeline's name or class.")
  String source;

  @Option(names = "--name", paramLabel = "NAME", description = "The name on the server (default: the pipeline's"
      + " name; for a file, the server names it after the file).")
  String name;

  @Option(names = "--description", paramLabel = "TEXT", description = "The description on the server.")
  String description;

  @Mixin
  ServerApiOptions server;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP", description = "For a PIPELINE: the project's classes"
      + " and dependencies, as for kfp4j compile. " + ProjectClasspathOption.DEFAULT_HELP)
  String classpath;

  @Override
  public Integer call() {
    Path file = Path.of(source);
    boolean isFile = Files.isRegularFile(file);
    if (WorkflowWriter.hasKnownExtension(file) || isFile) {
      if (!isFile) {
        throw new CommandFailedException("no package file " + file.toAbsolutePath().normalize());
      }
      uploadFile(file);
    } else {
      try (PipelineClasspath path = ProjectClasspathOption.open(classpath, spec)) {
        PipelineGraph graph = ProjectPipelines.build(source, path);
        KfpConfig config = kfp.config();
        if (server.choose(config).target() == Target.V2) {
          printV2(KfpV2Client.create(config).uploadPipeline(SpecFiles.toPackage(graph),
              name != null ? name : graph.name(), description != null ? description : graph.description()));
        } else {
          Pipeline uploaded = kfp.call(c -> c.uploadPipeline(ArgoPackage.of(graph), name, description));
          kfp.print(uploaded, out -> ShownPipeline.of(uploaded).print(out));
        }
      }
    }
    return ExitCodes.OK;
  }

  /** A package file goes through the API its content needs; --api and --target, when given, must agree. */
  private void uploadFile(Path file) {
    Target content = SpecFiles.targetOf(file);
    Target given = server.target();
    ApiVersion api = server.api();
    if ((given != null && given != content) || (api != null && (api == ApiVersion.V2) != (content == Target.V2))) {
      throw new ParameterException(spec.commandLine(), file + " holds " + (content == Target.V2
          ? "KFP v2's pipeline spec (target v2, API v2)" : "an Argo workflow (target argo, API v1)") + ", not what "
          + (given != null ? "--target " + given : "--api " + api) + " asks for; compile it for that target, or"
          + " leave --api and --target out for a file");
    }
    if (content == Target.V2) {
      printV2(KfpV2Client.create(kfp.config()).uploadPipeline(PipelineSpecPackage.read(file), name, description));
    } else {
      Pipeline uploaded = kfp.call(c -> c.uploadPipeline(file, name, description));
      kfp.print(uploaded, out -> ShownPipeline.of(uploaded).print(out));
    }
  }

  /** Prints an upload through API v2beta1: as the API's own fields with --output json. */
  private void printV2(io.kfp4j.sdk.client.v2.Pipeline uploaded) {
    kfp.print(uploaded, out -> out.println("pipeline " + uploaded.pipelineId() + "  " + uploaded.name()
        + "  (KFP v2's pipeline spec, API v2beta1)"));
  }
}

package io.kfp4j.maven;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.tooling.compile.SpecFiles;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.compile.WorkflowFiles;
import io.kfp4j.tooling.kfp.PipelineUpload;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles a pipeline of the project (as {@code kfp4j:compile}, image pin included) and uploads it to a KFP server:
 * as a new pipeline, or, with {@code pipelineVersion}, as a new version of the pipeline of that name there. It goes
 * as an Argo workflow through API v1beta1 or as KFP v2's pipeline spec through v2beta1, as {@code api} and
 * {@code target} say, else as the server answers.
 */
@Mojo(name = "upload", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class UploadMojo extends KfpServerMojo {
  /** The pipeline's name on the server. Default: the pipeline's own name. */
  @Parameter(property = "kfp4j.pipelineName")
  String pipelineName;

  /** The description on the server. Default: the pipeline's own. */
  @Parameter(property = "kfp4j.description")
  String description;

  /** Upload a new version of this name of the pipeline {@link #pipelineName} already on the server. */
  @Parameter(property = "kfp4j.pipelineVersion")
  String pipelineVersion;

  /** Where the uploaded workflow or pipeline spec is written first. */
  @Parameter(property = "kfp4j.outputDirectory", defaultValue = "${project.build.directory}/kfp4j/pipelines")
  File outputDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (nothingTo("upload")) {
      return;
    }
    KfpConfig config = config();
    boolean v2 = choose(config).target() == Target.V2;
    preparePins();
    withChosenPipeline((graph, path) -> {
      Path file = outputDirectory.toPath().resolve(KfpNames.k8sName(graph.name()) + ".yaml");
      String name = pipelineName == null || pipelineName.isBlank() ? graph.name() : pipelineName.strip();
      String text = description != null ? description : graph.description();
      String version = pipelineVersion == null || pipelineVersion.isBlank() ? null : pipelineVersion.strip();
      PipelineUpload.Uploaded uploaded;
      if (v2) {
        uploaded = PipelineUpload.upload(KfpV2Client.create(config),
            PipelineSpecPackage.ofYaml(SpecFiles.write(graph, file)), name, text, version);
      } else {
        WorkflowFiles.write(graph, file);
        uploaded = PipelineUpload.upload(KfpClient.create(config), file, name, text, version);
      }
      getLog().info("uploaded " + uploaded.describe() + " to " + config.shownHost() + " (" + file
          + (v2 ? ", KFP v2's pipeline spec" : "") + ")");
    });
  }
}

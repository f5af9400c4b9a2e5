package io.kfp4j.maven;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.client.KfpClient;
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
 * as a new pipeline, or, with {@code pipelineVersion}, as a new version of the pipeline of that name there.
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

  /** Where the uploaded workflow is written first. */
  @Parameter(property = "kfp4j.outputDirectory", defaultValue = "${project.build.directory}/kfp4j/pipelines")
  File outputDirectory;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (nothingTo("upload")) {
      return;
    }
    KfpClient kfp = client();
    preparePins();
    withChosenPipeline((graph, path) -> {
      Path file = outputDirectory.toPath().resolve(KfpNames.k8sName(graph.name()) + ".yaml");
      WorkflowFiles.write(graph, file);
      String name = pipelineName == null || pipelineName.isBlank() ? graph.name() : pipelineName.strip();
      String text = description != null ? description : graph.description();
      PipelineUpload.Uploaded uploaded = PipelineUpload.upload(kfp, file, name, text,
          pipelineVersion == null || pipelineVersion.isBlank() ? null : pipelineVersion.strip());
      getLog().info("uploaded " + uploaded.describe() + " to " + kfp.config().shownHost() + " (" + file + ")");
    });
  }
}

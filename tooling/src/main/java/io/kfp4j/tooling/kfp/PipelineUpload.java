package io.kfp4j.tooling.kfp;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.ListQuery;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.Pipeline;
import io.kfp4j.sdk.client.PipelineVersion;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.sdk.client.v2.PipelineSpecPackage;
import io.kfp4j.tooling.ToolingException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Uploads a compiled pipeline to a KFP server, as a new pipeline or as a new version of one there: an Argo package
 * through API v1beta1, or a pipeline spec through API v2beta1.
 */
public final class PipelineUpload {
  private static final int PAGE_SIZE = 100;

  private PipelineUpload() {}

  /**
   * What was uploaded.
   *
   * @param pipelineId the pipeline's id on the server
   * @param pipelineName its name there
   * @param versionId the new version's id, or {@code null} for a new pipeline
   * @param versionName the new version's name, or {@code null}
   */
  public record Uploaded(String pipelineId, String pipelineName, String versionId, String versionName) {
    /** One line: {@code pipeline NAME (id ID)} or {@code version V (id ID) of pipeline NAME (id ID)}. */
    public String describe() {
      String pipeline = "pipeline " + pipelineName + " (id " + pipelineId + ")";
      return versionId == null ? pipeline : "version " + versionName + " (id " + versionId + ") of " + pipeline;
    }
  }

  /**
   * Uploads the package.
   *
   * @param packageFile a {@code .yaml}, {@code .zip} or {@code .tar.gz} package
   * @param name the pipeline's name on the server
   * @param description its description, or {@code null}
   * @param version the name of a new version of the pipeline called {@code name}, or {@code null} for a new pipeline
   * @throws ToolingException when the server refuses or cannot be reached, or has no pipeline to add the version to
   */
  public static Uploaded upload(KfpClient kfp, Path packageFile, String name, String description, String version) {
    try {
      if (version == null) {
        Pipeline made = kfp.uploadPipeline(packageFile, name, description);
        return new Uploaded(made.id(), made.name(), null, null);
      }
      Pipeline pipeline = find(kfp, name).orElseThrow(() -> new ToolingException(Kind.NOT_FOUND, "there is no"
          + " pipeline " + name + " on " + kfp.config().shownHost() + " to add version " + version + " to; upload it"
          + " once without a version first"));
      PipelineVersion made = kfp.uploadPipelineVersion(packageFile, version, pipeline.id(), description);
      return new Uploaded(pipeline.id(), pipeline.name(), made.id(), made.name());
    } catch (KfpApiException e) {
      throw new ToolingException("cannot upload " + packageFile + " to " + kfp.config().shownHost() + ": ", e);
    } catch (UncheckedIOException e) {
      throw new ToolingException(Kind.RUN_FAILED, "cannot upload " + packageFile + " to " + kfp.config().shownHost()
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Uploads a compiled pipeline spec to a KFP 2.x server (API v2beta1).
   *
   * @param name the pipeline's name on the server
   * @param description its description, or {@code null}
   * @param version the name of a new version of the pipeline called {@code name}, or {@code null} for a new pipeline
   * @throws ToolingException when the server refuses or cannot be reached, or has no pipeline to add the version to
   */
  public static Uploaded upload(KfpV2Client kfp, PipelineSpecPackage spec, String name, String description,
      String version) {
    try {
      if (version == null) {
        io.kfp4j.sdk.client.v2.Pipeline made = kfp.uploadPipeline(spec, name, description);
        return new Uploaded(made.pipelineId(), made.name(), null, null);
      }
      io.kfp4j.sdk.client.v2.Pipeline pipeline = kfp.pipelineByName(name).orElseThrow(() -> new ToolingException(
          Kind.NOT_FOUND, "there is no pipeline " + name + " on " + kfp.config().shownHost() + " to add version "
          + version + " to; upload it once without a version first"));
      io.kfp4j.sdk.client.v2.PipelineVersion made = kfp.uploadPipelineVersion(spec, version, pipeline.pipelineId(),
          description);
      return new Uploaded(pipeline.pipelineId(), pipeline.name(), made.pipelineVersionId(), made.name());
    } catch (KfpApiException e) {
      throw new ToolingException("cannot upload " + spec.name() + " to " + kfp.config().shownHost() + ": ", e);
    }
  }

  /** The pipeline of that name, looked for page by page. */
  private static Optional<Pipeline> find(KfpClient kfp, String name) {
    ListQuery query = ListQuery.firstPage().withPageSize(PAGE_SIZE);
    while (true) {
      Page<Pipeline> page = kfp.listPipelines(query);
      Optional<Pipeline> found = page.items().stream().filter(p -> name.equals(p.name())).findFirst();
      if (found.isPresent() || !page.hasNext()) {
        return found;
      }
      query = query.withPageToken(page.nextPageToken());
    }
  }
}

package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code v2beta1PipelineVersionReference}: an uploaded pipeline to run.
 *
 * @param pipelineId the pipeline's id
 * @param pipelineVersionId the version's id, or {@code null} for the pipeline's latest version
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipelineVersionReference(String pipelineId, String pipelineVersionId) {
  public PipelineVersionReference {
    Objects.requireNonNull(pipelineId, "pipelineId");
  }
}

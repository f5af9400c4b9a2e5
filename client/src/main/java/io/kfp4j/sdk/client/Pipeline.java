package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code apiPipeline}: an uploaded pipeline, with its parameters and its default version. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pipeline(String id, String createdAt, String name, String description, List<Parameter> parameters,
    Url url, String error, PipelineVersion defaultVersion, List<ResourceReference> resourceReferences) {

  /** {@code apiUrl}: where a pipeline's package came from. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
  public record Url(String pipelineUrl) {}
}

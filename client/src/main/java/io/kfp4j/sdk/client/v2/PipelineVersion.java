package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code v2beta1PipelineVersion}: one uploaded pipeline spec of a pipeline.
 *
 * @param pipelineSpec the spec as the server keeps it (a pipeline spec, or a document of a pipeline spec and its
 *     platform spec), or {@code null} when the answer has none
 * @param error why the server could not read it, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipelineVersion(String pipelineId, String pipelineVersionId, String displayName, String name,
    String description, String createdAt, String codeSourceUrl, JsonNode pipelineSpec, RpcStatus error) {}

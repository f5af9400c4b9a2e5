package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code v2beta1Pipeline}: an uploaded pipeline, the parent of its versions.
 *
 * @param error why the server could not read it, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pipeline(String pipelineId, String displayName, String name, String description, String createdAt,
    String namespace, RpcStatus error) {}

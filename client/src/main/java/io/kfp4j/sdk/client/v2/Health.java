package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code v2beta1GetHealthzResponse}.
 *
 * @param multiUser whether the server runs in multi-user mode (namespaces required)
 * @param pipelineStore where pipelines are kept ({@code database} or {@code kubernetes}), or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Health(Boolean multiUser, String pipelineStore) {}

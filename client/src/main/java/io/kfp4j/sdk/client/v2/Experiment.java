package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code v2beta1Experiment}: a named group of runs. Times are RFC 3339 text, as the server writes them.
 *
 * @param storageState {@code AVAILABLE} or {@code ARCHIVED}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Experiment(String experimentId, String displayName, String description, String createdAt,
    String namespace, String storageState, String lastRunCreatedAt) {}

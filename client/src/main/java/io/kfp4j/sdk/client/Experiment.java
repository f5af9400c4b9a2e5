package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code apiExperiment}: a named group of runs.
 *
 * @param createdAt RFC 3339 time, as the server writes it
 * @param storageState {@code STORAGESTATE_AVAILABLE} or {@code STORAGESTATE_ARCHIVED}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Experiment(String id, String name, String description, String createdAt,
    List<ResourceReference> resourceReferences, String storageState) {}

package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code apiJob}: a recurring run, which starts runs of a pipeline on a {@link Trigger}.
 *
 * @param maxConcurrency how many of its runs may run at once (1 to 10), as text (the Swagger type is an int64
 *     string)
 * @param mode {@code ENABLED}, {@code DISABLED} or {@code UNKNOWN_MODE}, as the server reports it
 * @param status {@code Enable}, {@code Disable} or {@code Error}, as the server reports it
 * @param noCatchup when behind schedule, start only the latest missed run instead of each one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Job(String id, String name, String description, PipelineSpec pipelineSpec,
    List<ResourceReference> resourceReferences, String serviceAccount, String maxConcurrency, Trigger trigger,
    String mode, String createdAt, String updatedAt, String status, String error, Boolean enabled,
    Boolean noCatchup) {}

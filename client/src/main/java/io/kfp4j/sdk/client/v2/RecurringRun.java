package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.kfp4j.sdk.client.Trigger;

/**
 * {@code v2beta1RecurringRun}: a schedule that starts runs of a pipeline.
 *
 * @param status {@code ENABLED} or {@code DISABLED}
 * @param maxConcurrency how many of its runs may run at once, as text (an int64 string)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecurringRun(String recurringRunId, String displayName, String description,
    PipelineVersionReference pipelineVersionReference, RuntimeConfig runtimeConfig, String serviceAccount,
    String maxConcurrency, Trigger trigger, String mode, String createdAt, String updatedAt, String status,
    RpcStatus error, Boolean noCatchup, String namespace, String experimentId) {}

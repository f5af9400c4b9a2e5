package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code v2beta1Run}: one execution of a pipeline. Times are RFC 3339 text, as the server writes them.
 *
 * @param state where the run is ({@link RunState#RUNTIME_STATE_UNSPECIFIED} before it starts)
 * @param error why it failed, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Run(String experimentId, String runId, String displayName, String storageState, String description,
    PipelineVersionReference pipelineVersionReference, RuntimeConfig runtimeConfig, String serviceAccount,
    String createdAt, String scheduledAt, String finishedAt, RunState state, RpcStatus error, String recurringRunId) {
  public Run {
    state = state == null ? RunState.RUNTIME_STATE_UNSPECIFIED : state;
  }

  /** Whether the run has finished ({@link RunState#finished()}). */
  public boolean finished() {
    return state.finished();
  }
}

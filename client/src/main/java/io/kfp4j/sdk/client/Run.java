package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code apiRun}: one execution of a pipeline. Times are RFC 3339 text, as the server writes them.
 *
 * @param status Argo's phase as KFP reports it ({@code Running}, {@code Succeeded}, {@code Failed}, ...), or
 *     {@code null} before the workflow starts
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Run(String id, String name, String storageState, String description, PipelineSpec pipelineSpec,
    List<ResourceReference> resourceReferences, String serviceAccount, String createdAt, String scheduledAt,
    String finishedAt, String status, String error, List<RunMetric> metrics) {
  /** The statuses {@code wait_for_run_completion} stops at, lower case. */
  public static final Set<String> FINAL_STATUSES = Set.of("succeeded", "failed", "skipped", "error");

  /** Whether the run has finished, as kfp decides it: its status, lower case, is one of {@link #FINAL_STATUSES}. */
  public boolean finished() {
    return status != null && FINAL_STATUSES.contains(status.toLowerCase(Locale.ROOT));
  }
}

package io.kfp4j.sdk.client.v2;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * {@code v2beta1RuntimeConfig}: a run's parameter values and where its artifacts go.
 *
 * @param parameters each parameter's value as a protobuf {@code Value} in JSON (numbers as numbers, booleans as
 *     booleans, text as strings, lists and maps as JSON), see {@link ParameterValues}
 * @param pipelineRoot the root of the run's output artifacts ({@code gs://...}, {@code minio://...}), or {@code null}
 *     for the server's default
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuntimeConfig(Map<String, Object> parameters, String pipelineRoot) {
  public RuntimeConfig {
    parameters = parameters == null ? Map.of() : ParameterValues.of(parameters);
  }
}

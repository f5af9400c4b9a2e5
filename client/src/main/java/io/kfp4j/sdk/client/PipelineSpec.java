package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code apiPipelineSpec}: what a run executes, either an inline {@code workflow_manifest} (the Argo workflow as a JSON
 * string) or an uploaded {@code pipeline_id}, with the run's parameters.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PipelineSpec(String pipelineId, String pipelineName, String workflowManifest, String pipelineManifest,
    List<Parameter> parameters) {}

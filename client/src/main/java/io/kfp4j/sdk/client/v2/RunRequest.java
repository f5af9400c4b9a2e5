package io.kfp4j.sdk.client.v2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link KfpV2Client#createRun} starts: a compiled pipeline spec sent inline, or an uploaded pipeline (version),
 * with parameter values. Immutable; made with {@link #builder(String)}.
 *
 * <pre>{@code
 * RunRequest run = RunRequest.builder("add 7 and 8").experimentId(experiment.experimentId())
 *     .pipelineVersion(new PipelineVersionReference(pipeline.pipelineId(), null))
 *     .parameter("a", 7.0).parameter("b", 8.0).build();
 * }</pre>
 *
 * @param displayName the run's name
 * @param description its description, or {@code null}
 * @param experimentId its experiment, or {@code null} for the server's default experiment
 * @param pipelineSpec the compiled pipeline to run, or {@code null} with {@code pipelineVersion}
 * @param pipelineVersion the uploaded pipeline to run, or {@code null} with {@code pipelineSpec}
 * @param parameters the parameter values ({@link ParameterValues}); parameters not given take their defaults
 * @param pipelineRoot where output artifacts go, or {@code null} for the server's default
 * @param serviceAccount the Kubernetes service account of its pods, or {@code null}
 */
public record RunRequest(String displayName, String description, String experimentId,
    PipelineSpecPackage pipelineSpec, PipelineVersionReference pipelineVersion, Map<String, Object> parameters,
    String pipelineRoot, String serviceAccount) {
  /**
   * @throws IllegalArgumentException without a name, with both or neither of a spec and a pipeline version, or for a
   *     parameter value that is not a protobuf {@code Value}
   */
  public RunRequest {
    if (displayName == null || displayName.isBlank()) {
      throw new IllegalArgumentException("a run needs a name (displayName)");
    }
    if ((pipelineSpec == null) == (pipelineVersion == null)) {
      throw new IllegalArgumentException("run " + displayName + " needs either a compiled pipeline spec (pipelineSpec)"
          + " or an uploaded pipeline (pipelineVersion), " + (pipelineSpec == null ? "and has neither" : "not both"));
    }
    parameters = ParameterValues.of(parameters == null ? Map.of() : parameters);
  }

  /** A builder of a run of this name. */
  public static Builder builder(String displayName) {
    return new Builder(displayName);
  }

  /** Builds a {@link RunRequest}. */
  public static final class Builder {
    private final String displayName;
    private String description;
    private String experimentId;
    private PipelineSpecPackage pipelineSpec;
    private PipelineVersionReference pipelineVersion;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String pipelineRoot;
    private String serviceAccount;

    private Builder(String displayName) {
      this.displayName = displayName;
    }

    /** The run's description. */
    public Builder description(String text) {
      description = text;
      return this;
    }

    /** The experiment the run belongs to ({@code null}: the server's default). */
    public Builder experimentId(String id) {
      experimentId = id;
      return this;
    }

    /** Runs this compiled pipeline, sent inline. */
    public Builder pipelineSpec(PipelineSpecPackage spec) {
      pipelineSpec = spec;
      return this;
    }

    /** Runs this uploaded pipeline (version). */
    public Builder pipelineVersion(PipelineVersionReference reference) {
      pipelineVersion = reference;
      return this;
    }

    /** A parameter value: a number, boolean, string, or a list or map of those. */
    public Builder parameter(String name, Object value) {
      parameters.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Parameter values, added to those given before. */
    public Builder parameters(Map<String, ?> values) {
      parameters.putAll(values);
      return this;
    }

    /** Where output artifacts go. */
    public Builder pipelineRoot(String root) {
      pipelineRoot = root;
      return this;
    }

    /** The Kubernetes service account of the run's pods. */
    public Builder serviceAccount(String account) {
      serviceAccount = account;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException as {@link RunRequest#RunRequest} says
     */
    public RunRequest build() {
      return new RunRequest(displayName, description, experimentId, pipelineSpec, pipelineVersion, parameters,
          pipelineRoot, serviceAccount);
    }
  }
}

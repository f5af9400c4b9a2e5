package io.kfp4j.sdk.client;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link KfpClient#createRun} submits, as kfp's {@code run_pipeline}: a name, one pipeline source (a compiled
 * {@link PipelinePackage}, also read from a package file; or an uploaded pipeline id and/or version id), parameters,
 * the experiment, a service account and kfp's {@code enable_caching} override. Immutable; built with
 * {@link #builder(String)}, changed with {@link #toBuilder()}.
 *
 * <pre>{@code
 * RunRequest run = RunRequest.builder("nightly").pipelinePackage(compiled).parameter("a", 7).build();
 * }</pre>
 */
public final class RunRequest {
  private final String name;
  private final PipelinePackage pipelinePackage;
  private final String pipelineId;
  private final String versionId;
  private final Map<String, Object> parameters;
  private final String experimentId;
  private final String serviceAccount;
  private final Boolean enableCaching;

  private RunRequest(Builder b) {
    this.name = b.name;
    this.pipelinePackage = b.pipelinePackage;
    this.pipelineId = b.pipelineId;
    this.versionId = b.versionId;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.parameters));
    this.experimentId = b.experimentId;
    this.serviceAccount = b.serviceAccount;
    this.enableCaching = b.enableCaching;
    int sources = (pipelinePackage != null ? 1 : 0) + (pipelineId != null || versionId != null ? 1 : 0);
    if (sources != 1) {
      throw new IllegalArgumentException("run '" + name + "' needs exactly one pipeline: a compiled package, or"
          + " an uploaded pipeline id / version id; it has " + sources);
    }
  }

  /** A request for a run of that name; give it one pipeline source. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder holding this request, to change a part of it. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.pipelinePackage = pipelinePackage;
    b.pipelineId = pipelineId;
    b.versionId = versionId;
    b.parameters.putAll(parameters);
    b.experimentId = experimentId;
    b.serviceAccount = serviceAccount;
    b.enableCaching = enableCaching;
    return b;
  }

  /** The run's name. */
  public String name() {
    return name;
  }

  /** The compiled pipeline to run, or {@code null} when an uploaded pipeline is run. */
  public PipelinePackage pipelinePackage() {
    return pipelinePackage;
  }

  /** The uploaded pipeline's id, or {@code null}. */
  public String pipelineId() {
    return pipelineId;
  }

  /** The uploaded pipeline version's id, or {@code null}. */
  public String versionId() {
    return versionId;
  }

  /** The parameters, in order. */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** The experiment's id, or {@code null} for the server's default. */
  public String experimentId() {
    return experimentId;
  }

  /** The Kubernetes service account the run's pods use, or {@code null}. */
  public String serviceAccount() {
    return serviceAccount;
  }

  /** Every template's {@code enable_caching} label, or {@code null} to leave them. */
  public Boolean enableCaching() {
    return enableCaching;
  }

  @Override
  public String toString() {
    return "RunRequest[name=" + name + ", pipelineId=" + pipelineId + ", versionId=" + versionId + ", parameters="
        + parameters + ", experimentId=" + experimentId + "]";
  }

  /** Builds a {@link RunRequest}. */
  public static final class Builder {
    private final String name;
    private PipelinePackage pipelinePackage;
    private String pipelineId;
    private String versionId;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private String experimentId;
    private String serviceAccount;
    private Boolean enableCaching;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** The compiled pipeline to run. */
    public Builder pipelinePackage(PipelinePackage pipeline) {
      this.pipelinePackage = pipeline;
      return this;
    }

    /** The package file to run, read now ({@link PipelinePackage#read}). */
    public Builder packageFile(Path file) {
      this.pipelinePackage = PipelinePackage.read(file);
      return this;
    }

    /** The uploaded pipeline to run (its default version unless {@link #versionId} says). */
    public Builder pipelineId(String id) {
      this.pipelineId = id;
      return this;
    }

    /** The uploaded pipeline version to run. */
    public Builder versionId(String id) {
      this.versionId = id;
      return this;
    }

    /** Parameters in order; values as Python's {@code str}, lists and maps as JSON. */
    public Builder parameters(Map<String, ?> arguments) {
      this.parameters.putAll(arguments);
      return this;
    }

    /** One parameter. */
    public Builder parameter(String name, Object value) {
      this.parameters.put(name, value);
      return this;
    }

    /** The experiment the run is filed under. */
    public Builder experimentId(String id) {
      this.experimentId = id;
      return this;
    }

    /** The Kubernetes service account the run's pods use. */
    public Builder serviceAccount(String account) {
      this.serviceAccount = account;
      return this;
    }

    /** Sets every template's {@code enable_caching} label (package sources only). */
    public Builder enableCaching(Boolean enable) {
      this.enableCaching = enable;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalArgumentException unless exactly one pipeline source is given
     */
    public RunRequest build() {
      return new RunRequest(this);
    }
  }
}

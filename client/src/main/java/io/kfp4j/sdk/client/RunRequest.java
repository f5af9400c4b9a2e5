package io.kfp4j.sdk.client;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link KfpClient#createRun} submits, as kfp's {@code run_pipeline}: a name, one pipeline source (a compiled
 * {@link PipelinePackage}, also read from a package file; or an uploaded pipeline id and/or version id), parameters, the experiment, a
 * service account and kfp's {@code enable_caching} override. Built with {@link #builder(String)}.
 */
public record RunRequest(String name, PipelinePackage pipelinePackage, String pipelineId, String versionId,
    Map<String, Object> parameters, String experimentId, String serviceAccount, Boolean enableCaching) {

  public RunRequest {
    Objects.requireNonNull(name, "name");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    int sources = (pipelinePackage != null ? 1 : 0) + (pipelineId != null || versionId != null ? 1 : 0);
    if (sources != 1) {
      throw new IllegalArgumentException("run '" + name + "' needs exactly one pipeline: a compiled package, or"
          + " an uploaded pipeline id / version id; it has " + sources);
    }
  }

  public static Builder builder(String name) {
    return new Builder(name);
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
      this.name = name;
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

    public Builder pipelineId(String id) {
      this.pipelineId = id;
      return this;
    }

    public Builder versionId(String id) {
      this.versionId = id;
      return this;
    }

    /** Parameters in order; values as Python's {@code str}, lists and maps as JSON. */
    public Builder parameters(Map<String, ?> arguments) {
      this.parameters.putAll(arguments);
      return this;
    }

    public Builder parameter(String name, Object value) {
      this.parameters.put(name, value);
      return this;
    }

    public Builder experimentId(String id) {
      this.experimentId = id;
      return this;
    }

    public Builder serviceAccount(String account) {
      this.serviceAccount = account;
      return this;
    }

    /** Sets every template's {@code enable_caching} label (package sources only). */
    public Builder enableCaching(Boolean enable) {
      this.enableCaching = enable;
      return this;
    }

    public RunRequest build() {
      return new RunRequest(name, pipelinePackage, pipelineId, versionId, parameters, experimentId, serviceAccount,
          enableCaching);
    }
  }
}

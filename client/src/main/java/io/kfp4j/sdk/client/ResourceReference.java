package io.kfp4j.sdk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code apiResourceReference}: what a run, experiment or pipeline belongs to or was made from.
 *
 * @param key the referenced resource
 * @param name its name, as the server fills it in, or {@code null}
 * @param relationship {@link #OWNER} or {@link #CREATOR}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceReference(Key key, String name, String relationship) {
  public static final String OWNER = "OWNER";
  public static final String CREATOR = "CREATOR";
  public static final String EXPERIMENT = "EXPERIMENT";
  public static final String NAMESPACE = "NAMESPACE";
  public static final String PIPELINE = "PIPELINE";
  public static final String PIPELINE_VERSION = "PIPELINE_VERSION";
  public static final String JOB = "JOB";

  /** {@code apiResourceKey}: a resource type ({@code EXPERIMENT}, {@code NAMESPACE}, ...) and id. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
  public record Key(String type, String id) {}

  /** A reference as the client sends it: {@code {"key": {"type": type, "id": id}, "relationship": relationship}}. */
  public static ResourceReference of(String type, String id, String relationship) {
    return new ResourceReference(new Key(type, id), null, relationship);
  }
}

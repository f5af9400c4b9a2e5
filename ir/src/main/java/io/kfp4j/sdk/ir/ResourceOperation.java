package io.kfp4j.sdk.ir;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a resource task does instead of running a container, as KFP's {@code ResourceOp} (and its kinds {@code
 * VolumeOp}, {@code VolumeSnapshotOp}): an action on a Kubernetes object, the conditions that end it, and outputs read
 * from the object by JSONPath.
 *
 * @param action create, apply, patch, delete or replace
 * @param manifest the object
 * @param mergeStrategy how a patch merges ({@code strategic}, {@code merge}, {@code json}), or {@code null}
 * @param successCondition the label-selector-like condition on the object that means success, or {@code null}
 * @param failureCondition the condition that means failure, or {@code null}
 * @param setOwnerReference whether the object is owned by the run (deleted with it), or {@code null} to leave it
 *     to the target
 * @param flags extra command-line flags of the action ({@code --wait=false}), or {@code null} for none given
 * @param outputs output name to the kubectl JSONPath template it is read by ({@code name: {.metadata.name}}), in the
 *     order declared; empty for a delete
 */
public record ResourceOperation(ResourceAction action, Manifest manifest, String mergeStrategy,
    String successCondition, String failureCondition, Boolean setOwnerReference, List<String> flags,
    Map<String, String> outputs) {
  public ResourceOperation {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(manifest, "manifest");
    flags = flags == null ? null : List.copyOf(flags);
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  /** A {@code create} with outputs and no conditions. */
  public static ResourceOperation create(Manifest manifest, Map<String, String> outputs) {
    return new ResourceOperation(ResourceAction.CREATE, manifest, null, null, null, null, null, outputs);
  }

  /** The same, ending when the condition holds. */
  public ResourceOperation withSuccessCondition(String condition) {
    return new ResourceOperation(action, manifest, mergeStrategy, condition, failureCondition, setOwnerReference,
        flags, outputs);
  }
}

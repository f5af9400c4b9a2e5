package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.task.SettingValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot of a persistent volume claim, as KFP's {@code dsl.VolumeSnapshotOp}: a {@link ResourceTask} creating a
 * {@code VolumeSnapshot} named {@code <run name>-<resourceName>} and ending when it is ready to use
 * ({@code status.readyToUse == true}). A {@link VolumeOp#fromSnapshot} restores it into a new claim.
 *
 * <pre>{@code
 * VolumeSnapshotOp snap = VolumeSnapshotOp.of("step1-snap", "step1-snap", vop.volume().after(step1));
 * VolumeOp restored = VolumeOp.fromSnapshot("create-volume-2", "vol2", snap);
 * }</pre>
 */
public final class VolumeSnapshotOp extends ResourceTask<VolumeSnapshotOp> {
  /** The API version KFP 1.8.22 writes. */
  public static final String DEFAULT_API_VERSION = "snapshot.storage.k8s.io/v1alpha1";

  private final String resourceName;
  private final SettingValue claimName;
  private final Map<String, Object> annotations = new LinkedHashMap<>();
  private String snapshotClass;
  private String apiVersion = DEFAULT_API_VERSION;
  private String successCondition = "status.readyToUse == true";

  private VolumeSnapshotOp(String name, String resourceName, Source<String> claimName, List<Task<?>> after) {
    super("VolumeSnapshotOp", name, List.of("size", "name", "manifest"));
    this.resourceName = KfpNames.k8sName(resourceName);
    if (this.resourceName.isEmpty()) {
      throw fail("resourceName", "\"" + resourceName + "\" has no letters or digits; give the snapshot a name such"
          + " as \"step1-snap\"");
    }
    this.claimName = settingValue(claimName, "pvc");
    after(after.toArray(new Task<?>[0]));
  }

  /**
   * A snapshot of the claim a {@link VolumeOp} creates, taken after the tasks the volume was passed through
   * ({@code vop.volume().after(step1)}, KFP's {@code step1.pvolume}).
   */
  public static VolumeSnapshotOp of(String name, String resourceName, PipelineVolume volume) {
    return new VolumeSnapshotOp(name, resourceName, volume.op().claimName(), volume.dependents());
  }

  /** A snapshot of the claim of that name (KFP's {@code pvc=}), fixed or given when the pipeline runs. */
  public static VolumeSnapshotOp ofClaim(String name, String resourceName, Source<String> claimName) {
    return new VolumeSnapshotOp(name, resourceName, claimName, List.of());
  }

  /** The snapshot class ({@code spec.snapshotClassName}). */
  public VolumeSnapshotOp snapshotClass(String snapshotClass) {
    this.snapshotClass = snapshotClass;
    return this;
  }

  /** An annotation of the snapshot. */
  public VolumeSnapshotOp annotation(String key, String value) {
    annotations.put(key, value);
    return this;
  }

  /** The snapshot API's version, {@value #DEFAULT_API_VERSION} unless given. */
  public VolumeSnapshotOp apiVersion(String apiVersion) {
    this.apiVersion = apiVersion;
    return this;
  }

  /** The condition that ends the task, {@code status.readyToUse == true} unless given. */
  public VolumeSnapshotOp successCondition(String condition) {
    this.successCondition = condition;
    return this;
  }

  /** The snapshot's name, as created (KFP's {@code snapshot.name}). */
  public Output<String> snapshotName() {
    return output("name");
  }

  /** The size a claim restored from it needs ({@code status.restoreSize}). */
  public Output<String> size() {
    return output("size");
  }

  @Override
  public ResourceOperation operation() {
    Map<String, Object> metadata = runScopedMetadata(annotations, resourceName);
    Map<String, Object> spec = new LinkedHashMap<>();
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("kind", "PersistentVolumeClaim");
    source.put("name", claimName);
    spec.put("source", source);
    if (snapshotClass != null) {
      spec.put("snapshotClassName", snapshotClass);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("apiVersion", apiVersion);
    tree.put("kind", "VolumeSnapshot");
    tree.put("metadata", metadata);
    tree.put("spec", spec);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("size", "{.status.restoreSize}");
    outputs.put("name", "{.metadata.name}");
    outputs.put("manifest", "{}");
    return ResourceOperation.create(new Manifest(tree), outputs).withSuccessCondition(successCondition);
  }

  @Override
  protected VolumeSnapshotOp self() {
    return this;
  }
}

package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.task.SettingValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A persistent volume claim the workflow creates, as KFP's {@code dsl.VolumeOp}: a {@link ResourceTask} creating a
 * {@code PersistentVolumeClaim} named {@code <run name>-<resourceName>}, whose {@link #volume()} later tasks mount.
 *
 * <pre>{@code
 * VolumeOp pvc = VolumeOp.create("create-pvc", "my-pvc", size, VolumeOp.AccessMode.RWM);
 * WriteOp.write(...).mount(pvc.volume(), "/mnt");
 * }</pre>
 */
public final class VolumeOp extends ResourceTask<VolumeOp> {
  /** How pods may mount the claim. */
  public enum AccessMode {
    /** One node reads and writes. */
    RWO("ReadWriteOnce"),
    /** Many nodes read and write. */
    RWM("ReadWriteMany"),
    /** Many nodes read. */
    ROM("ReadOnlyMany");

    private final String kubernetesName;

    AccessMode(String kubernetesName) {
      this.kubernetesName = kubernetesName;
    }

    /** {@code ReadWriteOnce}, ... */
    public String kubernetesName() {
      return kubernetesName;
    }
  }

  private final String resourceName;
  private final SettingValue size;
  private final List<String> accessModes;
  private final Map<String, Object> annotations = new LinkedHashMap<>();
  private String storageClass;
  private Map<String, Object> dataSource;

  private VolumeOp(String name, String resourceName, Source<String> size, AccessMode... modes) {
    super("VolumeOp", name, List.of("size", "name", "manifest"));
    this.resourceName = KfpNames.k8sName(resourceName);
    if (this.resourceName.isEmpty()) {
      throw fail("resourceName", "\"" + resourceName + "\" has no letters or digits; give the claim a name such as"
          + " \"my-pvc\"");
    }
    this.size = settingValue(size, "size");
    this.accessModes = Arrays.stream(modes.length == 0 ? new AccessMode[] {AccessMode.RWM} : modes)
        .map(AccessMode::kubernetesName).toList();
  }

  /**
   * A claim named {@code <run name>-<resourceName>} of {@code size} ({@code "10Gi"}), made by the task
   * {@code name}; {@link AccessMode#RWM} when no mode is given, as in KFP.
   */
  public static VolumeOp create(String name, String resourceName, String size, AccessMode... modes) {
    return create(name, resourceName, Value.of(size), modes);
  }

  /** The same, with the size given when the pipeline runs (a pipeline parameter, a task output). */
  public static VolumeOp create(String name, String resourceName, Source<String> size, AccessMode... modes) {
    return new VolumeOp(name, resourceName, size, modes);
  }

  /**
   * A claim restored from a snapshot, of the snapshot's size, as KFP's {@code VolumeOp(data_source=snap.snapshot,
   * size=snap.outputs["size"])}.
   */
  public static VolumeOp fromSnapshot(String name, String resourceName, VolumeSnapshotOp snapshot,
      AccessMode... modes) {
    return create(name, resourceName, snapshot.size(), modes).dataSource(snapshot.snapshotName());
  }

  /** Restores the claim from the {@code VolumeSnapshot} of that name (KFP's {@code data_source} as a name). */
  public VolumeOp dataSource(Source<String> snapshotName) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("apiGroup", "snapshot.storage.k8s.io");
    source.put("kind", "VolumeSnapshot");
    source.put("name", settingValue(snapshotName, "dataSource.name"));
    this.dataSource = source;
    return this;
  }

  /** The storage class of the claim. */
  public VolumeOp storageClass(String storageClass) {
    this.storageClass = storageClass;
    return this;
  }

  /** An annotation of the claim. */
  public VolumeOp annotation(String key, String value) {
    annotations.put(key, value);
    return this;
  }

  /** An annotation of the claim whose value is given when the pipeline runs. */
  public VolumeOp annotation(String key, Source<String> value) {
    annotations.put(key, settingValue(value, "annotation \"" + key + "\""));
    return this;
  }

  /** The claim, to mount in later tasks. */
  public PipelineVolume volume() {
    return new PipelineVolume(this, List.of());
  }

  /** The claim's name, as created. */
  public Output<String> claimName() {
    return output("name");
  }

  /** The claim's capacity. */
  public Output<String> size() {
    return output("size");
  }

  @Override
  public ResourceOperation operation() {
    Map<String, Object> metadata = runScopedMetadata(annotations, resourceName);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("accessModes", accessModes);
    if (dataSource != null) {
      spec.put("dataSource", dataSource);
    }
    spec.put("resources", Map.of("requests", Map.of("storage", size)));
    if (storageClass != null) {
      spec.put("storageClassName", storageClass);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("apiVersion", "v1");
    tree.put("kind", "PersistentVolumeClaim");
    tree.put("metadata", metadata);
    tree.put("spec", spec);
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("size", "{.status.capacity.storage}");
    outputs.put("name", "{.metadata.name}");
    outputs.put("manifest", "{}");
    return ResourceOperation.create(new Manifest(tree), outputs);
  }

  @Override
  protected VolumeOp self() {
    return this;
  }
}

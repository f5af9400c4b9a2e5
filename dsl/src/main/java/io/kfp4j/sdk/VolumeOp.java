package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.VolumeClaim;
import io.kfp4j.sdk.task.SettingValue;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A persistent volume claim the workflow creates, as KFP's {@code dsl.VolumeOp}: a task of its own (an Argo resource
 * template) whose {@link #volume()} later tasks mount.
 *
 * <pre>{@code
 * VolumeOp pvc = VolumeOp.create("create-pvc", "my-pvc", size, VolumeOp.AccessMode.RWM);
 * WriteOp.write(...).mount(pvc.volume(), "/mnt");
 * }</pre>
 */
public final class VolumeOp extends Task<VolumeOp> {
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

  private VolumeClaim claim;

  private VolumeOp(String name, VolumeClaim claim) {
    super(component(name), Map.of());
    this.claim = claim;
  }

  /**
   * A claim named {@code {{workflow.name}}-<resourceName>} of {@code size} ({@code "10Gi"}), made by the task
   * {@code name}; {@link AccessMode#RWM} when no mode is given, as in KFP.
   */
  public static VolumeOp create(String name, String resourceName, String size, AccessMode... modes) {
    return create(name, resourceName, Value.of(size), modes);
  }

  /** The same, with the size given when the pipeline runs (a pipeline parameter). */
  public static VolumeOp create(String name, String resourceName, Source<String> size, AccessMode... modes) {
    PipelineContext context = PipelineContext.require("VolumeOp");
    SettingValue sizeValue = size instanceof Value<String> v ? SettingValue.of(v.value())
        : context.setting(size, "VolumeOp \"" + name + "\"", "size");
    List<String> kubernetesModes = Arrays.stream(modes.length == 0 ? new AccessMode[] {AccessMode.RWM} : modes)
        .map(AccessMode::kubernetesName).toList();
    return new VolumeOp(name, new VolumeClaim(resourceName, sizeValue, kubernetesModes, null, Map.of()));
  }

  /** The storage class of the claim. */
  public VolumeOp storageClass(String storageClass) {
    claim = new VolumeClaim(claim.resourceName(), claim.size(), claim.accessModes(), storageClass, claim.annotations());
    return this;
  }

  /** An annotation of the claim. */
  public VolumeOp annotation(String key, String value) {
    Map<String, String> annotations = new LinkedHashMap<>(claim.annotations());
    annotations.put(key, value);
    claim = new VolumeClaim(claim.resourceName(), claim.size(), claim.accessModes(), claim.storageClass(), annotations);
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

  /** The claim's manifest as created, as JSON. */
  public Output<String> manifest() {
    return output("manifest");
  }

  /** The claim's capacity. */
  public Output<String> size() {
    return output("size");
  }

  /** What the workflow creates. */
  public VolumeClaim claim() {
    return claim;
  }

  @Override
  protected VolumeOp self() {
    return this;
  }

  /** A component that only names the task and its outputs; the compiler writes a resource template instead. */
  private static ComponentDefinition component(String name) {
    return ComponentDefinition.fromText("name: " + io.kfp4j.runtime.types.PythonJson.dumps(name) + "\n"
        + "outputs:\n- {name: manifest, type: String}\n- {name: name, type: String}\n- {name: size, type: String}\n"
        + "implementation:\n  container: {image: kfp4j/volume-op}\n");
  }
}

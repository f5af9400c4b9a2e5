package io.kfp4j.runtime.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A component as KFP v2 published it: the parts of its pipeline spec (IR) file that a KFP v2 compiler copies into a
 * pipeline, kept exactly as read, beside the v1 view ({@link ComponentSpec}) that the v1 toolchain uses. Present
 * ({@link ComponentSpec#v2Native()}) only for components loaded from a v2 component file.
 *
 * <p>A KFP v2 compiler re-emits such a component verbatim: under its own keys
 * ({@code comp-NAME}, {@code exec-NAME}, named from {@link ComponentSpec#name()} as for any component)
 * it writes {@link #componentWithExecutorLabel(String)} into {@code components} and {@link #executor()} into
 * {@code deploymentSpec.executors}. The trees hold JSON values as the file had them (keys in file order, which is
 * KFP's sorted order); every accessor returns a fresh copy, so the record stays immutable.
 *
 * @param componentKey the key of the component in the file's {@code components}, e.g. {@code comp-add-numbers}
 * @param component that component's body: {@code inputDefinitions}, {@code outputDefinitions},
 *     {@code executorLabel} (naming the executor in the file) and, when present, {@code singlePlatformSpecs} and
 *     {@code taskConfigPassthroughs}
 * @param executorLabel the key of the executor in the file's {@code deploymentSpec.executors}, e.g.
 *     {@code exec-add-numbers}
 * @param executor that executor's body, {@code {container: {image, command, args, env, resources, lifecycle}}}
 * @param schemaVersion the file's {@code schemaVersion}, e.g. {@code 2.1.0}
 * @param sdkVersion the file's {@code sdkVersion} (e.g. {@code kfp-2.14.6}), or {@code null}
 */
public record V2Native(String componentKey, ObjectNode component, String executorLabel, ObjectNode executor,
    String schemaVersion, String sdkVersion) {

  public V2Native {
    Objects.requireNonNull(componentKey, "componentKey");
    Objects.requireNonNull(executorLabel, "executorLabel");
    Objects.requireNonNull(schemaVersion, "schemaVersion");
    component = Objects.requireNonNull(component, "component").deepCopy();
    executor = Objects.requireNonNull(executor, "executor").deepCopy();
  }

  /** A copy of the component's body as published ({@code executorLabel} names the file's executor). */
  @Override
  public ObjectNode component() {
    return component.deepCopy();
  }

  /** A copy of the executor's body as published: {@code {container: {...}}}. */
  @Override
  public ObjectNode executor() {
    return executor.deepCopy();
  }

  /**
   * A copy of the component's body with {@code executorLabel} set to {@code label}, the executor key the emitting
   * compiler gives this component (it keeps the body's key order; everything else is as published).
   */
  public ObjectNode componentWithExecutorLabel(String label) {
    ObjectNode copy = component.deepCopy();
    copy.put("executorLabel", label);
    return copy;
  }

  /** A copy of {@code executor.container}. */
  public ObjectNode container() {
    return (ObjectNode) executor.get("container").deepCopy();
  }

  /** The container image. */
  public String image() {
    return executor.path("container").path("image").asText();
  }

  /** The names of the artifact inputs ({@code inputDefinitions.artifacts}), in file order. */
  public Set<String> artifactInputs() {
    return names(component.path("inputDefinitions").path("artifacts"));
  }

  /** The names of the artifact outputs ({@code outputDefinitions.artifacts}), in file order. */
  public Set<String> artifactOutputs() {
    return names(component.path("outputDefinitions").path("artifacts"));
  }

  /**
   * Where a field of the converted command line ({@code implementation.container.args[3]}) is in the v2 file
   * ({@code deploymentSpec.executors.exec-x.container.args[3]}); other fields give the component's key.
   */
  public String filePath(String v1Path) {
    String container = "implementation.container";
    if (v1Path.startsWith(container)) {
      return "deploymentSpec.executors." + executorLabel + ".container" + v1Path.substring(container.length());
    }
    return "components." + componentKey;
  }

  private static Set<String> names(JsonNode map) {
    Set<String> out = new LinkedHashSet<>();
    map.fieldNames().forEachRemaining(out::add);
    return Collections.unmodifiableSet(out);
  }
}

package io.kfp4j.runtime.spec;

import java.util.Map;

/**
 * Free-form metadata of a component.
 *
 * @param annotations annotations, e.g. {@code author}, copied to the pod by the compiler
 * @param labels labels, copied to the pod by the compiler
 */
public record MetadataSpec(Map<String, String> annotations, Map<String, String> labels) {
  /** No annotations and no labels. */
  public static final MetadataSpec EMPTY = new MetadataSpec(Map.of(), Map.of());

  public MetadataSpec {
    annotations = Frozen.map(annotations);
    labels = Frozen.map(labels);
  }

  /**
   * Whether the component is volatile ({@code volatile_component: "true"}): its result may change from one run to the
   * next on the same inputs, so KFP never reuses a cached one.
   */
  public boolean isVolatile() {
    return "true".equals(annotations.get("volatile_component"));
  }

  /** True when there is nothing to write. */
  public boolean isEmpty() {
    return annotations.isEmpty() && labels.isEmpty();
  }
}

package io.kfp4j.runtime.spec;

import java.util.Map;
import java.util.Optional;

/**
 * One output of a component.
 *
 * @param name the name, unique among the outputs (an input may carry the same name)
 * @param type the KFP type, or {@code null} when untyped
 * @param description what the output means, or {@code null}
 * @param annotations free-form annotations (a YAML tree)
 */
public record OutputSpec(String name, TypeSpec type, String description, Map<String, Object> annotations) {

  public OutputSpec {
    annotations = Frozen.treeMap(annotations);
  }

  /** An output of that type. */
  public static OutputSpec of(String name, String type) {
    return new OutputSpec(name, type == null ? null : new TypeSpec.Named(type), null, Map.of());
  }

  /** The type name, or empty when untyped or a list of types. */
  public Optional<String> typeName() {
    return Optional.ofNullable(type).filter(t -> !(t instanceof TypeSpec.Union)).map(TypeSpec::name);
  }
}

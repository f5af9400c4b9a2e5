package io.kfp4j.runtime.spec;

import java.util.Map;
import java.util.Optional;

/**
 * One input of a component.
 *
 * @param name the name, unique among the inputs; may hold spaces ({@code "Model export path"})
 * @param type the KFP type, or {@code null} when untyped (compatible with anything)
 * @param description what the input means, or {@code null}
 * @param defaultValue the default, or {@code null}; usually a string, but YAML files may hold numbers or booleans
 * @param optional whether the input may be left without an argument
 * @param annotations free-form annotations (a YAML tree)
 */
public record InputSpec(
    String name,
    TypeSpec type,
    String description,
    Scalar defaultValue,
    boolean optional,
    Map<String, Object> annotations) {

  public InputSpec {
    annotations = Frozen.treeMap(annotations);
  }

  /** A required input of that type. */
  public static InputSpec of(String name, String type) {
    return new InputSpec(name, type == null ? null : new TypeSpec.Named(type), null, null, false, Map.of());
  }

  /** The default as KFP would pass it on a command line ({@code str()} of the value). */
  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultValue).map(Scalar::asText);
  }

  /** The type name ({@code "CSV"} for {@code {CSV: {...}}}), or empty when untyped or a list of types. */
  public Optional<String> typeName() {
    return Optional.ofNullable(type).filter(t -> !(t instanceof TypeSpec.Union)).map(TypeSpec::name);
  }
}

package io.kfp4j.runtime.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KFP v1 component: its interface (inputs, outputs) and how it runs (a container or a graph of tasks).
 *
 * @param name the human name, e.g. {@code "Train model"}, or {@code null} when the file has none
 * @param description what the component does, or {@code null}
 * @param metadata annotations and labels
 * @param inputs the inputs, in declaration order (a namespace separate from the outputs)
 * @param outputs the outputs, in declaration order
 * @param implementation how the component runs, or {@code null} for an interface-only spec
 * @param version the spec version; KFP's default {@link #DEFAULT_VERSION} is never written out
 * @param v2Native for a component loaded from a KFP v2 component file (an IR with one component), what a KFP v2
 *     compiler copies verbatim; empty for a v1 component. The other fields are its v1 view.
 */
public record ComponentSpec(
    String name,
    String description,
    MetadataSpec metadata,
    List<InputSpec> inputs,
    List<OutputSpec> outputs,
    Implementation implementation,
    String version,
    Optional<V2Native> v2Native) {

  /** The version KFP assumes when a spec names none. */
  public static final String DEFAULT_VERSION = "google.com/cloud/pipelines/component/v1";

  public ComponentSpec {
    metadata = metadata == null ? MetadataSpec.EMPTY : metadata;
    inputs = Frozen.list(inputs);
    outputs = Frozen.list(outputs);
    version = version == null ? DEFAULT_VERSION : version;
    v2Native = v2Native == null ? Optional.empty() : v2Native;
  }

  /** A v1 component (no {@link #v2Native()}). */
  public ComponentSpec(String name, String description, MetadataSpec metadata, List<InputSpec> inputs,
      List<OutputSpec> outputs, Implementation implementation, String version) {
    this(name, description, metadata, inputs, outputs, implementation, version, Optional.empty());
  }

  /** A container component with the default metadata and version. */
  public static ComponentSpec of(
      String name, String description, List<InputSpec> inputs, List<OutputSpec> outputs, ContainerSpec container) {
    return new ComponentSpec(
        name, description, MetadataSpec.EMPTY, inputs, outputs, new Implementation.Container(container), null);
  }

  /** The input of that name. */
  public Optional<InputSpec> input(String inputName) {
    return inputs.stream().filter(i -> i.name().equals(inputName)).findFirst();
  }

  /** The output of that name. */
  public Optional<OutputSpec> output(String outputName) {
    return outputs.stream().filter(o -> o.name().equals(outputName)).findFirst();
  }

  /** The container, when this is a container component. */
  public Optional<ContainerSpec> container() {
    return implementation instanceof Implementation.Container c ? Optional.of(c.container()) : Optional.empty();
  }

  /**
   * This spec with another implementation; a v2 component's {@link #v2Native()} is dropped, as its executor no
   * longer describes how the component runs.
   */
  public ComponentSpec withImplementation(Implementation newImplementation) {
    return new ComponentSpec(name, description, metadata, inputs, outputs, newImplementation, version,
        Optional.empty());
  }

  /** The name, or {@code "Component"} (KFP's fallback) when the spec has none. */
  public String nameOrDefault() {
    return Objects.requireNonNullElse(name, "Component");
  }
}

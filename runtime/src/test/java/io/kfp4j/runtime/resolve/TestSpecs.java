package io.kfp4j.runtime.resolve;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short builders for specs and placeholders in the resolver tests. */
final class TestSpecs {
  private TestSpecs() {}

  /** A component named "Comp" whose container has no command and these args. */
  static ComponentSpec component(List<InputSpec> inputs, List<OutputSpec> outputs, Arg... args) {
    return ComponentSpec.of("Comp", null, inputs, outputs, ContainerSpec.of("alpine", List.of(), List.of(args)));
  }

  static InputSpec required(String name) {
    return InputSpec.of(name, "String");
  }

  static InputSpec optional(String name) {
    return new InputSpec(name, null, null, null, true, Map.of());
  }

  static InputSpec withDefault(String name, String defaultValue) {
    return new InputSpec(name, null, null, Scalar.of(defaultValue), false, Map.of());
  }

  static OutputSpec output(String name) {
    return OutputSpec.of(name, null);
  }

  static Arg lit(String text) {
    return new Arg.Literal(text);
  }

  static Arg value(String inputName) {
    return new Arg.InputValue(inputName);
  }

  static Arg inPath(String inputName) {
    return new Arg.InputPath(inputName);
  }

  static Arg outPath(String outputName) {
    return new Arg.OutputPath(outputName);
  }

  static Arg concat(Arg... items) {
    return new Arg.Concat(List.of(items));
  }

  static Arg present(String inputName) {
    return new Arg.IsPresent(inputName);
  }

  static Arg ifThen(Arg condition, Arg.Branch then, Arg.Branch otherwise) {
    return new Arg.If(condition, then, otherwise);
  }

  static Arg.Branch list(Arg... items) {
    return Arg.Branch.of(items);
  }

  static Arg.Branch single(Arg item) {
    return new Arg.Branch(List.of(item), false);
  }

  /** Arguments from name, value pairs; a null value leaves the input absent. */
  static Map<String, String> arguments(String... namesAndValues) {
    Map<String, String> arguments = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      arguments.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return arguments;
  }
}

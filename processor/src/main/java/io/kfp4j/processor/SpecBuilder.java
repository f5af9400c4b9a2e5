package io.kfp4j.processor;

import io.kfp4j.runtime.internal.entry.Flag;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.MetadataSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The KFP v1 spec of a component method: inputs and outputs as KFP's {@code create_component_from_func}
 * writes them, and a container that runs the launcher with one flag per input and output (optional inputs
 * behind {@code if}/{@code isPresent}).
 */
final class SpecBuilder {
  private SpecBuilder() {}

  static ComponentSpec build(ComponentModel model) {
    List<InputSpec> inputs = new ArrayList<>();
    List<OutputSpec> outputs = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    for (Port port : model.inputs()) {
      inputs.add(new InputSpec(port.name(), type(port), port.description(),
          port.defaultText() == null ? null : new Scalar.Text(port.defaultText()), port.optional(), Map.of()));
      Arg placeholder = port.passing() == Port.Passing.INPUT_PATH
          ? new Arg.InputPath(port.name()) : new Arg.InputValue(port.name());
      List<Arg> pair = List.of(new Arg.Literal(flag(port).flag()), placeholder);
      if (port.optional()) {
        args.add(new Arg.If(new Arg.IsPresent(port.name()), new Arg.Branch(pair, true), null));
      } else {
        args.addAll(pair);
      }
    }
    for (Port port : model.outputs()) {
      outputs.add(new OutputSpec(port.name(), type(port), port.description(), Map.of()));
      args.add(new Arg.Literal(flag(port).flag()));
      args.add(new Arg.OutputPath(port.name()));
    }
    List<Arg> command = LauncherCommand.command(LauncherCommand.IMAGE_CLASSPATH, model.entry()).stream()
        .map(s -> (Arg) new Arg.Literal(s)).toList();
    ContainerSpec container = new ContainerSpec(model.image(), command, args, Map.of(), Map.of());
    return new ComponentSpec(model.name(), model.description(),
        new MetadataSpec(model.annotations(), model.labels()), inputs, outputs,
        new Implementation.Container(container), null);
  }

  /** The launcher flag of a port, as the generated entry declares it. */
  static Flag flag(Port port) {
    String kfpType = port.type().kfpType();
    String javaType = port.type().javaType().toString();
    return switch (port.passing()) {
      case VALUE -> Flag.value(port.name(), !port.optional(), kfpType, javaType);
      case INPUT_PATH -> Flag.inputPath(port.name(), !port.optional(), kfpType);
      default -> Flag.outputPath(port.name(), kfpType, javaType);
    };
  }

  private static TypeSpec type(Port port) {
    String kfpType = port.type().kfpType();
    return kfpType == null ? null : new TypeSpec.Named(kfpType);
  }
}

package io.kfp4j.runtime.spec;

import java.util.List;
import java.util.Map;

/**
 * The container that runs a component.
 *
 * @param image the image reference
 * @param command the entrypoint, with placeholders
 * @param args the arguments, with placeholders
 * @param env environment variables
 * @param fileOutputs legacy fixed output paths: output name to path in the container
 */
public record ContainerSpec(
    String image, List<Arg> command, List<Arg> args, Map<String, String> env, Map<String, String> fileOutputs) {

  public ContainerSpec {
    command = Frozen.list(command);
    args = Frozen.list(args);
    env = Frozen.map(env);
    fileOutputs = Frozen.map(fileOutputs);
  }

  /** The inputs whose data the command line reads from a file ({@code inputPath}), inside concat and if too. */
  public java.util.Set<String> inputPathNames() {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    command.forEach(a -> collectInputPaths(a, names));
    args.forEach(a -> collectInputPaths(a, names));
    return java.util.Collections.unmodifiableSet(names);
  }

  private static void collectInputPaths(Arg arg, java.util.Set<String> into) {
    if (arg instanceof Arg.InputPath p) {
      into.add(p.inputName());
    } else if (arg instanceof Arg.Concat c) {
      c.items().forEach(i -> collectInputPaths(i, into));
    } else if (arg instanceof Arg.If f) {
      collectInputPaths(f.condition(), into);
      if (f.then() != null) {
        f.then().items().forEach(i -> collectInputPaths(i, into));
      }
      if (f.otherwise() != null) {
        f.otherwise().items().forEach(i -> collectInputPaths(i, into));
      }
    }
  }

  /** A container with a command and arguments only. */
  public static ContainerSpec of(String image, List<Arg> command, List<Arg> args) {
    return new ContainerSpec(image, command, args, Map.of(), Map.of());
  }
}

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

  /** A container with a command and arguments only. */
  public static ContainerSpec of(String image, List<Arg> command, List<Arg> args) {
    return new ContainerSpec(image, command, args, Map.of(), Map.of());
  }
}

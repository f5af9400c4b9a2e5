package io.kfp4j.sdk.task;

import java.util.List;
import java.util.Objects;

/**
 * A container that runs to completion in a task's pod before its main container starts, as KFP's
 * {@code add_init_container}.
 *
 * @param name its name
 * @param image its image
 * @param command its command, possibly empty (then not written)
 * @param args its arguments, possibly empty (then not written)
 * @param mirrorVolumeMounts whether it gets the main container's volume mounts
 */
public record InitContainer(String name, String image, List<String> command, List<String> args,
    boolean mirrorVolumeMounts) {
  public InitContainer {
    Objects.requireNonNull(name, "an init container needs a name");
    Objects.requireNonNull(image, "an init container needs an image");
    command = List.copyOf(command);
    args = List.copyOf(args);
  }

  /** An init container running {@code command} in {@code image}. */
  public static InitContainer of(String name, String image, String... command) {
    return new InitContainer(name, image, List.of(command), List.of(), false);
  }
}

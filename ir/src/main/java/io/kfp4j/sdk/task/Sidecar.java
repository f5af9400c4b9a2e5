package io.kfp4j.sdk.task;

import java.util.List;
import java.util.Objects;

/**
 * A container that runs beside a task's main container.
 *
 * @param name its name
 * @param image its image, which may be given when the pipeline runs ({@code hashicorp/http-echo:<tag parameter>})
 * @param command its command, possibly empty
 * @param args its arguments, possibly empty
 * @param mirrorVolumeMounts whether it gets the main container's volume mounts
 */
public record Sidecar(String name, SettingValue image, List<String> command, List<String> args,
    boolean mirrorVolumeMounts) {
  public Sidecar {
    Objects.requireNonNull(name, "a sidecar needs a name");
    Objects.requireNonNull(image, "a sidecar needs an image");
    command = List.copyOf(command);
    args = List.copyOf(args);
  }

  /** A sidecar whose image is fixed when the pipeline is built. */
  public Sidecar(String name, String image, List<String> command, List<String> args, boolean mirrorVolumeMounts) {
    this(name, SettingValue.of(image), command, args, mirrorVolumeMounts);
  }
}

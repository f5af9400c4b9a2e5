package io.kfp4j.sdk.task;

import java.util.List;

/**
 * A container that runs beside a task's main container.
 *
 * @param name its name
 * @param image its image
 * @param command its command, possibly empty
 * @param args its arguments, possibly empty
 * @param mirrorVolumeMounts whether it gets the main container's volume mounts
 */
public record Sidecar(String name, String image, List<String> command, List<String> args, boolean mirrorVolumeMounts) {
  public Sidecar {
    command = List.copyOf(command);
    args = List.copyOf(args);
  }
}

package io.kfp4j.sdk.local;

import java.util.Locale;

/** How the engine runs tasks. */
public enum RunnerKind {
  /** kfp4j components in the engine's JVM through their generated entry; others as subprocesses. */
  IN_PROCESS,
  /** Every component's command line as a process on this machine (the image is ignored). */
  SUBPROCESS,
  /** Every component in its image with {@code docker run --rm --network none}. */
  DOCKER;

  /** The name used on the command line: {@code in-process}, {@code subprocess}, {@code docker}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name. */
  public static RunnerKind fromCliName(String name) {
    for (RunnerKind kind : values()) {
      if (kind.cliName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown runner \"" + name + "\"; choose in-process, subprocess or docker");
  }
}

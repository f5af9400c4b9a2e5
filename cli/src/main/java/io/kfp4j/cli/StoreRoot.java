package io.kfp4j.cli;

import io.kfp4j.sdk.local.RunStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR}: where the embedded engine records runs, for every command that runs or reads them. */
public final class StoreRoot {
  /** The default root, in the working directory. */
  public static final String DEFAULT = ".kfp4j";

  @Option(names = "--root", paramLabel = "DIR", defaultValue = DEFAULT,
      description = "Where runs are recorded (default: " + DEFAULT + ").")
  Path root;

  /** The folder as given. */
  public Path path() {
    return root;
  }

  /** The run store under it. */
  public RunStore store() {
    return new RunStore(root);
  }

  /** {@code " --root DIR"} to repeat in a hint, or nothing for the default. */
  public String hint() {
    return root.toString().equals(DEFAULT) ? "" : " --root " + root;
  }
}

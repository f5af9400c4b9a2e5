package io.kfp4j.cli;

import io.kfp4j.sdk.local.RunStore;
import io.kfp4j.tooling.project.ProjectRoot;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --root DIR}: where the embedded engine records runs, for every command that runs or reads them. Without it,
 * inside a Maven project, the store is {@code .kfp4j} at the project's root (the top of a multi-module build,
 * {@link ProjectRoot}); outside one, {@code .kfp4j} in the working folder.
 */
public final class StoreRoot {
  /** The store's folder name. */
  public static final String DEFAULT = ProjectRoot.STORE;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--root", paramLabel = "DIR",
      description = "Where runs are recorded (default: " + DEFAULT + " at the root of the Maven project around the"
          + " current folder, else " + DEFAULT + " here).")
  Path root;

  /** The folder as given, or the default one (absolute). */
  public Path path() {
    return root != null ? root : ProjectRoot.defaultStore(Workspace.of(mixee).workingDir());
  }

  /** The run store under it. */
  public RunStore store() {
    return new RunStore(path());
  }

  /** {@code " --root DIR"} to repeat in a hint, or nothing for the default. */
  public String hint() {
    return root == null ? "" : " --root " + root;
  }
}

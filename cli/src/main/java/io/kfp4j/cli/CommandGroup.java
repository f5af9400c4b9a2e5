package io.kfp4j.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code kfp4j}, {@code kfp4j components}). Run without a subcommand it
 * is a usage error that names the choices.
 */
public abstract class CommandGroup implements Runnable {
  /** Injected by picocli. */
  @Spec
  protected CommandSpec spec;

  /** Reports the missing subcommand as a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(),
        "Missing required subcommand; choose one of: " + String.join(", ", spec.subcommands().keySet()));
  }
}

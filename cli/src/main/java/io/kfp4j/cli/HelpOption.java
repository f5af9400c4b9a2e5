package io.kfp4j.cli;

import picocli.CommandLine.Option;

/** The {@code -h, --help} option, mixed into every subcommand. */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;
}

package io.kfp4j.cli.components;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.tooling.components.ComponentFiles;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kfp4j components validate FILE_OR_URL...}: loads each component and reports it valid (stdout) or lists
 * every problem (stderr), then a summary {@code N valid, M invalid}.
 */
@Command(
    name = "validate",
    description = {
      "Check component specs: files, URLs, or folders (every component.yaml and *component.yaml under them).",
      "Both formats are read: a KFP v1 component spec, and a KFP v2 component file (a pipeline spec, IR, with one"
          + " component, as KFP 2 compiles and publishes components).",
      "A valid one gets a line on stdout:",
      "  OK  FILE_OR_URL  \"NAME\" (N inputs, N outputs, container|graph|KFP v2 container, sha256:HEX)",
      "where HEX is the start of KFP's digest of the file. An invalid one gets all its problems on stderr,"
          + " one per line:",
      "  FILE:LINE:COLUMN: FIELD.PATH: MESSAGE",
      "Last comes a summary line on stdout: N valid, M invalid.",
      "A component using placeholders that only KFP v2 understands (executorInput, inputUri, {{$}}, ...) is"
          + " valid, with a warning on stderr: the v1 toolchain cannot run it. So is a default that its input's type"
          + " cannot read (default: x on an Integer input), which KFP accepts too.",
      "A key given twice in one mapping is valid as KFP reads it (the last value counts), with a warning on"
          + " stderr naming both lines; --strict makes it a problem."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every component is valid", "1:at least one component is invalid or cannot be read",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_URL", description = {ComponentSources.ARGUMENT_HELP,
      "Or a folder: every component.yaml and *component.yaml under it."})
  List<String> sources;

  @Option(names = "--strict", description = "Refuse what KFP accepts with a warning: a key given twice.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int valid = 0;
    int invalid = 0;
    List<String> expanded;
    try {
      expanded = ComponentFiles.expandFolders(sources);
    } catch (InvalidSpecException e) {
      ComponentSources.printProblems(String.join(" ", sources), e, err);
      err.flush();
      return ExitCodes.FAILED;
    }
    for (String source : expanded) {
      LoadedComponent component;
      try {
        component = ComponentSources.load(source, strict);
      } catch (InvalidSpecException e) {
        invalid++;
        ComponentSources.printProblems(source, e, err);
        err.flush();
        continue;
      }
      valid++;
      out.println(okLine(source, component));
      out.flush();
      ComponentSources.printWarnings(source, component, err);
      err.flush();
    }
    out.println(valid + " valid, " + invalid + " invalid");
    out.flush();
    return invalid == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  /** {@code OK  path  "Add" (2 inputs, 1 output, container, sha256:0123456789ab)}. */
  static String okLine(String source, LoadedComponent component) {
    return "OK  " + source + "  " + ComponentFiles.summary(component);
  }
}

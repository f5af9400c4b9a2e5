package io.kfp4j.cli.components;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.runtime.yaml.SpecTree;
import io.kfp4j.sdk.v2.PipelineSpecCompiler;
import io.kfp4j.sdk.v2.V2CompileException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kfp4j components show FILE_OR_URL [--format yaml|json|v2]}: prints the spec as kfp4j parsed it, in KFP's
 * field order with defaults left out.
 */
@Command(
    name = "show",
    description = {
      "Print a component spec as kfp4j reads it: as YAML the way KFP writes it, or as JSON; or, with --format v2,"
          + " as KFP v2's component YAML (a pipeline spec of one component, as KFP 2 compiles and publishes"
          + " components; a v1 spec converted as KFP 2 converts it).",
      "Fields come in KFP's order and defaults are left out, so the output may differ from the file in layout"
          + " but not in meaning. Problems of an invalid spec, and warnings about placeholders that only"
          + " KFP v2 understands, go to stderr."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK, "1:the component is invalid or cannot be read", ExitCodes.DOC_USAGE,
        ExitCodes.DOC_INTERNAL})
public final class ShowCommand implements Callable<Integer> {

  /** The output formats. */
  public enum Format {
    /** YAML, as {@link ComponentWriter} writes it. */
    yaml,
    /** JSON of {@link SpecTree}, indented by two spaces. */
    json,
    /**
     * KFP v2's component YAML ({@link PipelineSpecCompiler#componentYaml}): a KFP v2 file as published, a v1 spec
     * converted as KFP 2 converts it.
     */
    v2
  }

  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = ComponentSources.ARGUMENT_HELP)
  String source;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "yaml",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LoadedComponent component;
    try {
      component = ComponentSources.load(source);
    } catch (InvalidSpecException e) {
      ComponentSources.printProblems(source, e, err);
      err.flush();
      return ExitCodes.FAILED;
    }
    String shown;
    try {
      shown = switch (format) {
        case json -> toJson(component.spec());
        case v2 -> PipelineSpecCompiler.componentYaml(component);
        case yaml -> ComponentWriter.toYaml(component.spec());
      };
    } catch (V2CompileException e) {
      // compiled as a pipeline of one task named after the component ("pipeline "add", task "add": ..."): said of
      // the file instead
      err.println("kfp4j: " + source + ": KFP v2 cannot express this component: "
          + e.getMessage().replaceFirst("^pipeline \"[^\"]*\", task \"[^\"]*\":? ", ""));
      err.flush();
      return ExitCodes.FAILED;
    }
    out.print(shown);
    out.flush();
    ComponentSources.printWarnings(source, component, err);
    err.flush();
    return ExitCodes.OK;
  }

  /** The spec tree as JSON indented by two spaces ({@code "key": value}), ending in a newline. */
  static String toJson(ComponentSpec componentSpec) throws JsonProcessingException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return new ObjectMapper().writer(printer).writeValueAsString(SpecTree.of(componentSpec)) + "\n";
  }
}

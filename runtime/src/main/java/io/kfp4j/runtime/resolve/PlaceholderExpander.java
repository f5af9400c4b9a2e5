package io.kfp4j.runtime.resolve;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.V2Usage;
import io.kfp4j.runtime.types.StrToBool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One resolution of one container: expands placeholders and records the paths and values it used. */
final class PlaceholderExpander {
  private static final String CONTAINER = "implementation.container";

  private final ComponentSpec spec;
  private final ContainerSpec container;
  private final Map<String, String> arguments;
  private final PathScheme paths;

  private final Map<String, String> inputPaths = new LinkedHashMap<>();
  private final Map<String, String> outputPaths = new LinkedHashMap<>();
  /** Output name to the field that first gave it its path, for conflict messages. */
  private final Map<String, String> outputPathOrigins = new LinkedHashMap<>();
  private final Map<String, String> inputsConsumedByValue = new LinkedHashMap<>();

  PlaceholderExpander(ComponentSpec spec, ContainerSpec container, Map<String, String> arguments, PathScheme paths) {
    this.spec = spec;
    this.container = container;
    this.arguments = arguments;
    this.paths = paths;
  }

  ResolvedCommandLine resolve() {
    recordFileOutputs();
    List<String> command = expandList(container.command(), CONTAINER + ".command");
    List<String> args = expandList(container.args(), CONTAINER + ".args");
    return new ResolvedCommandLine(command, args, inputPaths, outputPaths, inputsConsumedByValue);
  }

  /** KFP records the fixed {@code fileOutputs} paths first, in the order of the spec's outputs. */
  private void recordFileOutputs() {
    Map<String, String> fileOutputs = container.fileOutputs();
    for (String outputName : fileOutputs.keySet()) {
      if (spec.output(outputName).isEmpty()) {
        throw error(CONTAINER + ".fileOutputs." + outputName, "no output is named \"" + outputName
            + "\"; declare it in outputs or remove the fileOutputs entry");
      }
    }
    for (OutputSpec output : spec.outputs()) {
      String path = fileOutputs.get(output.name());
      if (path != null) {
        outputPaths.put(output.name(), path);
        outputPathOrigins.put(output.name(), CONTAINER + ".fileOutputs." + output.name());
      }
    }
  }

  /** Expands each item, skipping those that expand to nothing and splicing those that expand to several. */
  private List<String> expandList(List<Arg> items, String field) {
    List<String> expanded = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      expanded.addAll(expand(items.get(i), field + "[" + i + "]"));
    }
    return expanded;
  }

  /** Expands one item to nothing (dropped), one string, or several strings (an {@code if} list branch). */
  private List<String> expand(Arg arg, String field) {
    if (arg == null) {
      return List.of();
    }
    if (arg instanceof Arg.Literal literal) {
      if (literal.isV2Template()) {
        throw error(field, V2Usage.unsupported(V2Usage.templates(literal.value()).get(0)) + "; " + V2Usage.fix(spec));
      }
      return literal.value() == null ? List.of() : List.of(literal.value());
    }
    String placeholderField = field + "." + arg.key();
    if (arg instanceof Arg.InputValue inputValue) {
      return inputValue(inputValue.inputName(), placeholderField);
    }
    if (arg instanceof Arg.InputPath inputPath) {
      return inputPath(inputPath.inputName(), placeholderField);
    }
    if (arg instanceof Arg.OutputPath outputPath) {
      return List.of(outputPath(outputPath.outputName(), placeholderField));
    }
    if (arg instanceof Arg.Concat concat) {
      return List.of(String.join("", expandList(concat.items(), placeholderField)));
    }
    if (arg instanceof Arg.IsPresent isPresent) {
      input(isPresent.inputName(), placeholderField);
      return List.of(isPresent(isPresent.inputName()) ? "True" : "False");
    }
    if (arg instanceof Arg.If choice) {
      boolean condition = condition(choice.condition(), placeholderField + ".cond");
      return condition
          ? branch(choice.then(), placeholderField + ".then")
          : branch(choice.otherwise(), placeholderField + ".else");
    }
    Arg.V2Only v2 = (Arg.V2Only) arg;
    throw error(placeholderField, v2.unsupportedMessage() + "; " + V2Usage.fix(spec));
  }

  private List<String> inputValue(String inputName, String field) {
    InputSpec input = input(inputName, field);
    String value = arguments.get(inputName);
    if (value == null) {
      return absent(input, field);
    }
    inputsConsumedByValue.put(inputName, value);
    return List.of(value);
  }

  private List<String> inputPath(String inputName, String field) {
    InputSpec input = input(inputName, field);
    if (!isPresent(inputName)) {
      return absent(input, field);
    }
    String path = Objects.requireNonNull(paths.inputPath(inputName), "the path scheme gave no input path");
    inputPaths.put(inputName, path);
    return List.of(path);
  }

  private String outputPath(String outputName, String field) {
    if (spec.output(outputName).isEmpty()) {
      throw error(field, "no output is named \"" + outputName + "\"; declare it in outputs or fix the placeholder");
    }
    String path = Objects.requireNonNull(paths.outputPath(outputName), "the path scheme gave no output path");
    String recorded = outputPaths.get(outputName);
    if (recorded == null) {
      outputPaths.put(outputName, path);
      outputPathOrigins.put(outputName, field);
    } else if (!recorded.equals(path)) {
      throw error(field, "conflicting paths for output \"" + outputName + "\": \"" + recorded + "\" from "
          + outputPathOrigins.get(outputName) + " and \"" + path + "\" from this placeholder;"
          + " remove the fileOutputs entry for \"" + outputName + "\" or stop using outputPath for it");
    }
    return path;
  }

  /** An absent argument: the placeholder is dropped for an optional input, and is an error otherwise. */
  private List<String> absent(InputSpec input, String field) {
    if (input.optional()) {
      return List.of();
    }
    String name = input.name();
    String fix = input.defaultValue() == null
        ? "pass a value for \"" + name + "\" or mark the input optional"
        : "fill its default \"" + input.defaultText().orElseThrow()
            + "\" into the arguments before resolving, as KFP does when a task is created";
    throw error(field, "no argument for required input \"" + name + "\"; " + fix);
  }

  /** Python's {@code cond and strtobool(cond)}: nothing or an empty string is false. */
  private boolean condition(Arg condition, String field) {
    List<String> expanded = expand(condition, field);
    if (expanded.isEmpty() || expanded.size() == 1 && expanded.get(0).isEmpty()) {
      return false;
    }
    if (expanded.size() > 1) {
      throw error(field, "the condition expands to " + expanded.size() + " items " + expanded
          + "; make it a single literal, isPresent or inputValue");
    }
    String text = expanded.get(0);
    try {
      return StrToBool.parse(text);
    } catch (IllegalArgumentException notBoolean) {
      String fix = condition instanceof Arg.InputValue inputValue
          ? "pass a boolean such as true or false for input \"" + inputValue.inputName() + "\""
          : "make the condition a boolean such as true or false";
      throw error(field, "the condition is not a boolean: " + notBoolean.getMessage() + "; " + fix);
    }
  }

  /** A missing branch expands to nothing; a list branch and a single-item branch expand alike. */
  private List<String> branch(Arg.Branch branch, String field) {
    if (branch == null) {
      return List.of();
    }
    return branch.asList() ? expandList(branch.items(), field) : expand(branch.items().get(0), field);
  }

  private boolean isPresent(String inputName) {
    return arguments.get(inputName) != null;
  }

  private InputSpec input(String inputName, String field) {
    return spec.input(inputName).orElseThrow(() -> error(field,
        "no input is named \"" + inputName + "\"; declare it in inputs or fix the placeholder"));
  }

  private ResolutionException error(String field, String problem) {
    String where = spec.v2Native().map(v2 -> v2.filePath(field)).orElse(field);
    return new ResolutionException(spec.nameOrDefault(), where, problem);
  }
}

package io.kfp4j.sdk.v2;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.types.PythonJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A v1 command line in KFP v2's placeholders, as KFP 2 converts a v1 component
 * ({@code maybe_convert_v1_yaml_placeholder_to_v2_placeholder}): {@code inputValue} is
 * {@code {{$.inputs.parameters['x']}}}, {@code inputPath} {@code {{$.inputs.artifacts['x'].path}}}, {@code outputPath}
 * {@code {{$.outputs.parameters['x'].output_file}}} for a parameter and {@code {{$.outputs.artifacts['x'].path}}} for
 * an artifact, {@code concat} and {@code if} the JSON text KFP 2 writes ({@code {"Concat": [...]}},
 * {@code {"IfPresent": {"InputName": ..., "Then": ..., "Else": ...}}}).
 */
final class CommandLines {
  private final ComponentPorts ports;
  private final String where;

  /**
   * @param ports the component's ports, for names and for telling parameter outputs from artifact outputs
   * @param where the component and task, for errors
   */
  CommandLines(ComponentPorts ports, String where) {
    this.ports = ports;
    this.where = where;
  }

  /** The items in v2 form; {@code field} names the list in errors ({@code command}, {@code args}). */
  List<String> convert(List<Arg> args, String field) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Object item = convert(args.get(i), field + "[" + i + "]");
      out.add(item instanceof String s ? s : PythonJson.dumpsInOrder(item));
    }
    return out;
  }

  private Object convert(Arg arg, String path) {
    if (arg instanceof Arg.Literal literal) {
      return literal.value();
    }
    if (arg instanceof Arg.InputValue v) {
      return "{{$.inputs.parameters['" + parameterInput(v.inputName(), path) + "']}}";
    }
    if (arg instanceof Arg.InputPath p) {
      return "{{$.inputs.artifacts['" + artifactInput(p.inputName(), "inputPath", path) + "'].path}}";
    }
    if (arg instanceof Arg.InputUri u) {
      return "{{$.inputs.artifacts['" + artifactInput(u.inputName(), "inputUri", path) + "'].uri}}";
    }
    if (arg instanceof Arg.InputMetadata m) {
      return "{{$.inputs.artifacts['" + artifactInput(m.inputName(), "inputMetadata", path) + "'].metadata}}";
    }
    if (arg instanceof Arg.OutputUri u) {
      Port port = output(u.outputName(), path);
      if (port.isParameter()) {
        throw new V2CompileException(where + ": " + path + " is {outputUri: " + u.outputName() + "}, and KFP v2"
            + " makes output \"" + u.outputName() + "\" of a parameter type a parameter, which has no URI; give it"
            + " an artifact type (Artifact, Dataset, ...) or use {outputPath: …}, or compile for the Argo target (KFP v1)");
      }
      return "{{$.outputs.artifacts['" + port.name() + "'].uri}}";
    }
    if (arg instanceof Arg.OutputPath p) {
      Port port = output(p.outputName(), path);
      return port.isParameter() ? "{{$.outputs.parameters['" + port.name() + "'].output_file}}"
          : "{{$.outputs.artifacts['" + port.name() + "'].path}}";
    }
    if (arg instanceof Arg.ExecutorInput) {
      return "{{$}}";
    }
    if (arg instanceof Arg.Concat concat) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < concat.items().size(); i++) {
        items.add(convert(concat.items().get(i), path + ".concat[" + i + "]"));
      }
      return Map.of("Concat", items);
    }
    if (arg instanceof Arg.If choice) {
      if (!(choice.condition() instanceof Arg.IsPresent present)) {
        throw new V2CompileException(where + ": " + path + " is an if placeholder whose condition is not isPresent;"
            + " KFP v2 has only IfPresent placeholders. Rewrite the condition as {isPresent: <input>}, or compile"
            + " for the Argo target (KFP v1)");
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("InputName", input(present.inputName(), path));
      body.put("Then", branch(choice.then(), path + ".if.then"));
      if (choice.otherwise() != null && !choice.otherwise().items().isEmpty()) {
        body.put("Else", branch(choice.otherwise(), path + ".if.else"));
      }
      return Map.of("IfPresent", body);
    }
    throw new V2CompileException(where + ": " + path + " is a " + arg.key() + " placeholder, which KFP v2 does not"
        + " convert from a v1 component; remove it, or compile for the Argo target (KFP v1)");
  }

  private Object branch(Arg.Branch branch, String path) {
    if (branch == null) {
      return List.of();
    }
    if (!branch.asList()) {
      return convert(branch.items().get(0), path);
    }
    List<Object> items = new ArrayList<>();
    for (int i = 0; i < branch.items().size(); i++) {
      items.add(convert(branch.items().get(i), path + "[" + i + "]"));
    }
    return items;
  }

  /** An input a command line reads as a value: KFP v2 puts only parameters' values on a command line. */
  private String parameterInput(String name, String path) {
    String v2Name = input(name, path);
    if (!ports.inputs().get(name).isParameter()) {
      throw new V2CompileException(where + ": " + path + " is {inputValue: " + name + "}, and KFP v2 makes input \""
          + name + "\" (untyped, or of a type that is not String, Integer, Float, Boolean, JsonObject or JsonArray)"
          + " an artifact, whose value it does not put on a command line; give the input a parameter type, or read"
          + " it with {inputPath: " + name + "}, or compile for the Argo target (KFP v1)");
    }
    return v2Name;
  }

  /** An input a command line reads as a file or URI: KFP v2 has files and URIs for artifacts only. */
  private String artifactInput(String name, String placeholder, String path) {
    String v2Name = input(name, path);
    if (ports.inputs().get(name).isParameter()) {
      throw new V2CompileException(where + ": " + path + " is {" + placeholder + ": " + name + "}, and KFP v2"
          + " makes input \"" + name + "\" of a parameter type a parameter, which it passes as a value, not a file;"
          + " give it an artifact type (Artifact, Dataset, ...) or read it with {inputValue: " + name + "}, or compile"
          + " for the Argo target (KFP v1)");
    }
    return v2Name;
  }

  private String input(String name, String path) {
    Port port = ports.inputs().get(name);
    if (port == null) {
      throw new V2CompileException(where + ": " + path + " names input \"" + name + "\", which the component does"
          + " not declare; declare it under inputs");
    }
    return port.name();
  }

  private Port output(String name, String path) {
    Port port = ports.outputs().get(name);
    if (port == null) {
      throw new V2CompileException(where + ": " + path + " names output \"" + name + "\", which the component does"
          + " not declare; declare it under outputs");
    }
    return port;
  }
}

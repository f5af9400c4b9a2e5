package io.kfp4j.runtime.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.kfp4j.runtime.spec.Arg;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Converts one item of a KFP v2 container's {@code command} or {@code args} into the v1 command-line model:
 * {@code {{$.inputs.parameters['x']}}} to {@code inputValue}, {@code {{$.inputs.artifacts['x'].path}}} to
 * {@code inputPath}, {@code {{$.outputs.parameters['x'].output_file}}} and {@code {{$.outputs.artifacts['x'].path}}}
 * to {@code outputPath}, text around them to {@code concat}, and KFP 2's JSON forms {@code {"Concat": [...]}} and
 * {@code {"IfPresent": {"InputName": ..., "Then": [...], "Else": [...]}}} to {@code concat} and {@code if} with
 * {@code isPresent}. Every other template ({@code {{$}}}, {@code .uri}, {@code .metadata},
 * {@code {{$.pipeline_job_name}}}, ...) stays literal text, which {@link io.kfp4j.runtime.spec.V2Usage} finds: such a
 * component loads, and the v1 toolchain refuses it by name.
 */
final class V2Placeholders {
  private static final String START = "{{$";
  private static final Pattern PORT = Pattern.compile(
      "\\{\\{\\$\\.(inputs|outputs)\\.(parameters|artifacts)\\['([^']+)'\\](?:\\.([A-Za-z_]+))?\\}\\}");
  private static final List<String> IF_KEYS = List.of("InputName", "Then", "Else");

  /** The names of the component's ports, by kind. */
  record Ports(Set<String> inputParameters, Set<String> inputArtifacts, Set<String> outputParameters,
      Set<String> outputArtifacts) {}

  private final Problems problems;
  private final Ports ports;

  V2Placeholders(Problems problems, Ports ports) {
    this.problems = problems;
    this.ports = ports;
  }

  /** The item as an argument, after reporting what is wrong with it at the node. */
  Arg convert(String text, Node node, String path) {
    String trimmed = text.strip();
    if (trimmed.startsWith("{\"Concat\"") || trimmed.startsWith("{\"IfPresent\"")) {
      try {
        return structured(LazyJson.MAPPER.readTree(trimmed), node, path);
      } catch (JsonProcessingException e) {
        problems.report(node, path, "looks like a KFP v2 " + (trimmed.startsWith("{\"Concat\"") ? "Concat" : "IfPresent")
            + " placeholder but is not valid JSON (" + e.getOriginalMessage() + "); write it as KFP does, e.g."
            + " '{\"Concat\": [\"--x=\", \"{{$.inputs.parameters[''x'']}}\"]}'");
        return null;
      }
    }
    return templates(text, node, path);
  }

  private Arg structured(JsonNode json, Node node, String path) {
    if (json.isTextual()) {
      return templates(json.asText(), node, path);
    }
    if (json.isObject() && json.size() == 1 && json.has("Concat") && json.get("Concat").isArray()) {
      List<Arg> items = new ArrayList<>();
      for (JsonNode item : json.get("Concat")) {
        Arg arg = structured(item, node, path);
        if (arg instanceof Arg.Concat inner) {
          items.addAll(inner.items());
        } else if (arg != null) {
          items.add(arg);
        }
      }
      return new Arg.Concat(items);
    }
    if (json.isObject() && json.size() == 1 && json.has("IfPresent")) {
      return ifPresent(json.get("IfPresent"), node, path);
    }
    problems.report(node, path, "expected a KFP v2 placeholder: a string, {\"Concat\": [items]} or {\"IfPresent\":"
        + " {\"InputName\": name, \"Then\": [items], \"Else\": [items]}}, found " + json);
    return null;
  }

  private Arg ifPresent(JsonNode body, Node node, String path) {
    if (!body.isObject() || !body.path("InputName").isTextual()) {
      problems.report(node, path, "an IfPresent placeholder is {\"IfPresent\": {\"InputName\": name, \"Then\": [...],"
          + " \"Else\": [...]}} with the name of an input; found " + body);
      return null;
    }
    for (Iterator<String> keys = body.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!IF_KEYS.contains(key)) {
        problems.report(node, path, "unknown key \"" + key + "\" in an IfPresent placeholder; expected one of: "
            + String.join(", ", IF_KEYS));
      }
    }
    String input = body.get("InputName").asText();
    if (!ports.inputParameters().contains(input) && !ports.inputArtifacts().contains(input)) {
      problems.report(node, path, "IfPresent names input \"" + input + "\", which the component does not have; "
          + known("inputs", ports.inputParameters(), ports.inputArtifacts()));
      return null;
    }
    return new Arg.If(new Arg.IsPresent(input), branch(body.get("Then"), node, path),
        branch(body.get("Else"), node, path));
  }

  private Arg.Branch branch(JsonNode items, Node node, String path) {
    if (items == null || items.isNull()) {
      return null;
    }
    List<Arg> args = new ArrayList<>();
    boolean asList = items.isArray();
    for (JsonNode item : asList ? items : List.of(items)) {
      Arg arg = structured(item, node, path);
      if (arg != null) {
        args.add(arg);
      }
    }
    return args.isEmpty() && !asList ? null : new Arg.Branch(args, asList);
  }

  /** Text with templates: a literal, one placeholder, or a concat of the parts. */
  private Arg templates(String text, Node node, String path) {
    List<Arg> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int at = 0;
    for (int start = text.indexOf(START); start >= 0; start = text.indexOf(START, at)) {
      int close = text.indexOf("}}", start);
      if (close < 0) {
        break;
      }
      String template = text.substring(start, close + 2);
      literal.append(text, at, start);
      at = close + 2;
      Arg port = port(template, node, path);
      if (port == null) {
        literal.append(template);
      } else {
        flush(literal, parts);
        parts.add(port);
      }
    }
    literal.append(text.substring(at));
    flush(literal, parts);
    if (parts.isEmpty()) {
      return new Arg.Literal("");
    }
    return parts.size() == 1 ? parts.get(0) : new Arg.Concat(parts);
  }

  private static void flush(StringBuilder literal, List<Arg> parts) {
    if (literal.length() > 0) {
      parts.add(new Arg.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /** The v1 placeholder of a template, or {@code null} when it has none (it stays literal, v2-only). */
  private Arg port(String template, Node node, String path) {
    Matcher m = PORT.matcher(template);
    if (!m.matches()) {
      return null;
    }
    boolean input = m.group(1).equals("inputs");
    boolean parameter = m.group(2).equals("parameters");
    String name = m.group(3);
    String suffix = m.group(4);
    Set<String> declared = input ? (parameter ? ports.inputParameters() : ports.inputArtifacts())
        : (parameter ? ports.outputParameters() : ports.outputArtifacts());
    if (!declared.contains(name)) {
      Set<String> other = input ? (parameter ? ports.inputArtifacts() : ports.inputParameters())
          : (parameter ? ports.outputArtifacts() : ports.outputParameters());
      String kind = (input ? "input " : "output ") + (parameter ? "parameter" : "artifact");
      problems.report(node, path, template + " names " + kind + " \"" + name + "\", which the component does not"
          + " declare" + (other.contains(name) ? "; \"" + name + "\" is an " + (input ? "input " : "output ")
          + (parameter ? "artifact" : "parameter") + ", so write " + fix(input, !parameter, name)
          : "; " + known(kind + "s", declared, Set.of())));
      return null;
    }
    if (input && parameter && suffix == null) {
      return new Arg.InputValue(name);
    }
    if (input && !parameter && "path".equals(suffix)) {
      return new Arg.InputPath(name);
    }
    if (!input && ((parameter && "output_file".equals(suffix)) || (!parameter && "path".equals(suffix)))) {
      return new Arg.OutputPath(name);
    }
    return null;
  }

  private static String fix(boolean input, boolean parameter, String name) {
    String side = input ? "inputs" : "outputs";
    if (parameter) {
      return "{{$." + side + ".parameters['" + name + "']" + (input ? "" : ".output_file") + "}}";
    }
    return "{{$." + side + ".artifacts['" + name + "'].path}}";
  }

  private static String known(String what, Set<String> first, Set<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all.isEmpty() ? "it has no " + what : "its " + what + " are: " + String.join(", ", all);
  }
}

package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.Scalar;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the elements of {@code command} and {@code args}: literal strings and placeholders. */
final class ArgReader {
  private static final List<String> V1_KEYS = List.of("inputValue", "inputPath", "outputPath", "concat", "if", "isPresent");
  private static final List<String> V2_KEYS =
      List.of("inputUri", "outputUri", "inputMetadata", "inputOutputPortName", "outputMetadata", "executorInput");
  private static final List<String> IF_KEYS = List.of("cond", "then", "else");

  private final ComponentReader reader;
  private final Problems problems;

  ArgReader(ComponentReader reader) {
    this.reader = reader;
    this.problems = reader.problems();
  }

  Arg arg(Node node, String path) {
    if (node instanceof ScalarNode s) {
      if (ComponentReader.isTag(s, "str")) {
        return new Arg.Literal(s.getValue());
      }
      problems.report(node, path, "expected a string or a placeholder, found " + MappingFields.describe(node)
          + "; quote it: '" + s.getValue() + "'");
      return null;
    }
    if (!(node instanceof MappingNode m) || m.getValue().size() != 1) {
      problems.report(node, path, "expected a string or a placeholder (a mapping with one key such as"
          + " {inputValue: name}), found " + MappingFields.describe(node)
          + (node instanceof MappingNode m ? " with " + m.getValue().size() + " keys" : ""));
      return null;
    }
    Node keyNode = m.getValue().get(0).getKeyNode();
    Node value = m.getValue().get(0).getValueNode();
    String key = keyNode instanceof ScalarNode k ? k.getValue() : "";
    String valuePath = path + "." + key;
    problems.place(valuePath, value);
    return switch (key) {
      case "inputValue" -> port(value, valuePath, Arg.InputValue::new);
      case "inputPath" -> port(value, valuePath, Arg.InputPath::new);
      case "outputPath" -> port(value, valuePath, Arg.OutputPath::new);
      case "isPresent" -> port(value, valuePath, Arg.IsPresent::new);
      case "concat" -> concat(value, valuePath);
      case "if" -> ifArg(value, valuePath);
      case "inputUri" -> port(value, valuePath, Arg.InputUri::new);
      case "outputUri" -> port(value, valuePath, Arg.OutputUri::new);
      case "inputMetadata" -> port(value, valuePath, Arg.InputMetadata::new);
      case "inputOutputPortName" -> port(value, valuePath, Arg.InputOutputPortName::new);
      case "outputMetadata" -> ComponentReader.isNull(value) ? new Arg.OutputMetadata() : notNull(value, valuePath);
      case "executorInput" -> ComponentReader.isNull(value) ? new Arg.ExecutorInput() : notNull(value, valuePath);
      default -> {
        problems.report(keyNode, valuePath, "unknown placeholder \"" + key + "\"; expected one of: "
            + String.join(", ", V1_KEYS) + " (or the v2-only " + String.join(", ", V2_KEYS) + ")" + hint(key));
        yield null;
      }
    };
  }

  private Arg port(Node value, String path, java.util.function.Function<String, Arg> make) {
    if (ComponentReader.isNull(value)) {
      problems.report(value, path, "expected the name of an input or output, found nothing (null)");
      return null;
    }
    String name = reader.string(value, path);
    return name == null ? null : make.apply(name);
  }

  private Arg notNull(Node value, String path) {
    problems.report(value, path, "this placeholder takes no value (write it as " + path.substring(path.lastIndexOf('.') + 1)
        + ": null), found " + MappingFields.describe(value));
    return null;
  }

  private Arg concat(Node value, String path) {
    if (!(value instanceof SequenceNode)) {
      problems.report(value, path, "concat takes a list of items to join, found " + MappingFields.describe(value));
      return null;
    }
    List<Arg> items = reader.list(value, path, "items", this::arg);
    return new Arg.Concat(items);
  }

  private Arg ifArg(Node value, String path) {
    MappingFields f = MappingFields.of(value, path, problems, "an if placeholder ({cond, then, else})");
    if (f == null) {
      return null;
    }
    f.allow("an if placeholder", Set.copyOf(IF_KEYS), IF_KEYS);
    if (!f.has("cond")) {
      problems.report(value, f.join("cond"), "an if placeholder needs a \"cond\"");
      return null;
    }
    Arg condition = f.read("cond", this::condition);
    Arg.Branch then = f.read("then", this::branch);
    Arg.Branch otherwise = f.read("else", this::branch);
    return condition == null ? null : new Arg.If(condition, then, otherwise);
  }

  private Arg condition(Node node, String path) {
    if (node instanceof ScalarNode s && ComponentReader.isTag(s, "bool")) {
      return new Arg.Literal(Scalar.of(reader.scalars().value(s)).asText());
    }
    Arg cond = arg(node, path);
    if (cond == null || cond instanceof Arg.Literal || cond instanceof Arg.IsPresent || cond instanceof Arg.InputValue) {
      return cond;
    }
    problems.report(node, path, "a condition is a boolean, a string, {isPresent: input} or {inputValue: input},"
        + " not " + cond.key());
    return null;
  }

  private Arg.Branch branch(Node node, String path) {
    if (ComponentReader.isNull(node)) {
      return null;
    }
    if (node instanceof SequenceNode) {
      List<Arg> items = reader.list(node, path, "items", this::arg);
      return items == null ? null : new Arg.Branch(items, true);
    }
    Arg item = arg(node, path);
    return item == null ? null : new Arg.Branch(List.of(item), false);
  }

  private static String hint(String key) {
    if (key.equals("outputValue")) {
      return "; outputs are files the program writes: pass their path with {outputPath: name}";
    }
    if (key.equals("value") || key.equals("input")) {
      return "; to pass an input's value use {inputValue: name}";
    }
    return "";
  }
}

package io.kfp4j.tooling.doubles;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.pipelines.Failures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Doubles in a YAML (or JSON) file: a mapping of task or component names to their outputs' values, nothing (or
 * {@code {}}) for a task without outputs.
 *
 * <pre>
 * create-secret:
 *   name: my-secret-x7k2
 *   manifest: {kind: Secret}   # a list or a mapping is written as JSON: {"kind": "Secret"}
 * wait-for-job:
 * </pre>
 *
 * A value is its text as written ({@code 1.50}, {@code yes} and {@code True} stay as they are), quotes removed; a
 * list or a mapping becomes JSON text as KFP writes it. Problems name the file, line and column.
 */
public final class DoublesFile {
  private static final String SHAPE = "a doubles file maps each task (or component) to its outputs, e.g."
      + " create-secret: {name: s-1, manifest: '{}'}; a task without outputs maps to nothing";

  private DoublesFile() {}

  /**
   * Reads the doubles of a file.
   *
   * @param file the file, as the user gave it (messages name it so)
   * @param option how the front end names where the file was given, for a file it cannot read: {@code --doubles}
   * @throws ToolingException ({@link Kind#INVALID_INPUT}) for a file that is missing or is not such a mapping, with
   *     its line and column; when two entries stand in for the same name
   */
  public static GivenDoubles read(Path file, String option) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ToolingException(Kind.INVALID_INPUT, option + " " + file + ": cannot read it: "
          + Failures.describeWrite(e, file), "give a readable YAML or JSON file", Map.of(), e);
    }
    Node root;
    Values values = new Values();
    try {
      root = new Yaml(values).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      throw problem(file, e.getProblemMark(), "not valid YAML: " + e.getProblem(), "fix the YAML");
    } catch (YAMLException e) {
      throw problem(file, null, "not accepted as YAML: " + e.getMessage(), "fix the YAML");
    }
    if (root == null) {
      return GivenDoubles.none();
    }
    if (!(root instanceof MappingNode tasks)) {
      throw problem(file, root.getStartMark(), "the file is not a mapping", SHAPE);
    }
    List<GivenDouble> doubles = new ArrayList<>();
    Map<String, Mark> seen = new LinkedHashMap<>();
    for (NodeTuple entry : tasks.getValue()) {
      String match = key(file, entry.getKeyNode(), seen, "task");
      String origin = place(file, entry.getKeyNode().getStartMark());
      doubles.add(new GivenDouble(match, outputs(file, match, entry.getValueNode(), values), origin));
    }
    return GivenDoubles.of(doubles);
  }

  private static Map<String, String> outputs(Path file, String task, Node node, Values values) {
    Map<String, String> outputs = new LinkedHashMap<>();
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
      return outputs;
    }
    if (!(node instanceof MappingNode mapping)) {
      throw problem(file, node.getStartMark(), task + ": the double is not a mapping of outputs to values", SHAPE);
    }
    Map<String, Mark> seen = new LinkedHashMap<>();
    for (NodeTuple entry : mapping.getValue()) {
      String output = key(file, entry.getKeyNode(), seen, task + ": output");
      Node value = entry.getValueNode();
      outputs.put(output, value instanceof ScalarNode scalar ? scalar.getValue() : json(file, value, values));
    }
    return outputs;
  }

  /** A mapping's key as text, given once. */
  private static String key(Path file, Node node, Map<String, Mark> seen, String what) {
    if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
      throw problem(file, node.getStartMark(), what + " names nothing", SHAPE);
    }
    Mark before = seen.putIfAbsent(scalar.getValue(), node.getStartMark());
    if (before != null) {
      throw problem(file, node.getStartMark(), what + " \"" + scalar.getValue() + "\" is given twice (first at line "
          + (before.getLine() + 1) + ")", "keep only one");
    }
    return scalar.getValue();
  }

  private static String json(Path file, Node node, Values values) {
    try {
      return PythonJson.dumps(values.of(node));
    } catch (IllegalArgumentException e) {
      throw problem(file, node.getStartMark(), "cannot write the value as JSON: " + e.getMessage(),
          "write it as text");
    }
  }

  private static ToolingException problem(Path file, Mark mark, String problem, String fix) {
    return new ToolingException(Kind.INVALID_INPUT, place(file, mark) + ": " + problem, fix, Map.of(), null);
  }

  private static String place(Path file, Mark mark) {
    return mark == null ? file.toString() : file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
  }

  /** Builds a list or a mapping's plain values, timestamps kept as text. */
  private static final class Values extends SafeConstructor {
    Values() {
      super(new LoaderOptions());
      yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
    }

    Object of(Node node) {
      return constructDocument(node);
    }
  }
}

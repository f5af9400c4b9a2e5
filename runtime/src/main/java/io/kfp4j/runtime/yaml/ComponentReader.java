package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.GraphSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.MetadataSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TypeSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML node tree into a {@link ComponentSpec}, reporting every structural problem (wrong kinds,
 * unknown or duplicate keys, missing required fields) at its line, column and field path. Placeholders and
 * graphs are read by {@link ArgReader} and {@link GraphReader}.
 */
final class ComponentReader {
  private static final List<String> SPEC_KEYS =
      List.of("name", "description", "metadata", "inputs", "outputs", "implementation", "version");
  private static final List<String> INPUT_KEYS =
      List.of("name", "type", "description", "default", "optional", "annotations");
  private static final List<String> OUTPUT_KEYS = List.of("name", "type", "description", "annotations");
  private static final List<String> METADATA_KEYS = List.of("annotations", "labels");
  private static final List<String> IMPLEMENTATION_KEYS = List.of("container", "graph");
  private static final List<String> CONTAINER_KEYS = List.of("image", "command", "args", "env", "fileOutputs");

  private final Problems problems;
  private final ScalarValues scalars = new ScalarValues();
  private final ArgReader args;
  private final GraphReader graphs;

  ComponentReader(Problems problems) {
    this.problems = problems;
    this.args = new ArgReader(this);
    this.graphs = new GraphReader(this);
  }

  Problems problems() {
    return problems;
  }

  ComponentSpec spec(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "a component spec", SPEC_KEYS);
    if (f == null) {
      return null;
    }
    return new ComponentSpec(
        f.read("name", this::string),
        f.read("description", this::string),
        f.read("metadata", this::metadata),
        f.read("inputs", (n, p) -> list(n, p, "inputs", this::input)),
        f.read("outputs", (n, p) -> list(n, p, "outputs", this::output)),
        f.read("implementation", this::implementation),
        f.read("version", this::string));
  }

  private MetadataSpec metadata(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "metadata", METADATA_KEYS);
    if (f == null) {
      return null;
    }
    return new MetadataSpec(f.read("annotations", this::stringMap), f.read("labels", this::stringMap));
  }

  private InputSpec input(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "an input", INPUT_KEYS);
    if (f == null) {
      return null;
    }
    String name = required(f, "name", node, path, "an input");
    if (name != null && name.isEmpty()) {
      problems.report(f.node("name"), f.join("name"), "an input needs a name, and \"\" is none (KFP fails on it"
          + " too: it names the task factory's parameter); give it a name such as \"data\"");
      return null;
    }
    Boolean optional = f.read("optional", this::bool);
    InputSpec input = new InputSpec(name, f.read("type", this::type), f.read("description", this::string),
        f.read("default", this::scalar), optional != null && optional, f.read("annotations", this::tree));
    return name == null ? null : input;
  }

  private OutputSpec output(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "an output", OUTPUT_KEYS);
    if (f == null) {
      return null;
    }
    String name = required(f, "name", node, path, "an output");
    OutputSpec output = new OutputSpec(name, f.read("type", this::type), f.read("description", this::string),
        f.read("annotations", this::tree));
    return name == null ? null : output;
  }

  private Implementation implementation(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "an implementation", IMPLEMENTATION_KEYS);
    if (f == null) {
      return null;
    }
    if (f.has("container") && f.has("graph")) {
      problems.report(f.node("graph"), path, "an implementation is either a container or a graph, not both;"
          + " keep one of them");
    }
    if (!f.has("container") && !f.has("graph") && f.keys().stream().allMatch(IMPLEMENTATION_KEYS::contains)) {
      problems.report(node, path, "an implementation needs a \"container\" or a \"graph\"");
    }
    ContainerSpec container = f.read("container", this::container);
    GraphSpec graph = f.read("graph", graphs::graph);
    if (container != null) {
      return new Implementation.Container(container);
    }
    return graph == null ? null : new Implementation.Graph(graph);
  }

  private ContainerSpec container(Node node, String path) {
    MappingFields f = MappingFields.of(node, path, problems, "a container", CONTAINER_KEYS);
    if (f == null) {
      return null;
    }
    String image = required(f, "image", node, path, "a container");
    return new ContainerSpec(image,
        f.read("command", (n, p) -> list(n, p, "command", args::arg)),
        f.read("args", (n, p) -> list(n, p, "args", args::arg)),
        f.read("env", this::stringMap),
        f.read("fileOutputs", this::stringMap));
  }

  // ---- shared field readers, also used by ArgReader and GraphReader ----

  String required(MappingFields f, String key, Node owner, String path, String what) {
    if (!f.has(key)) {
      problems.report(owner, f.join(key), what + " needs \"" + key + "\"");
      return null;
    }
    String value = f.read(key, this::string);
    if (value == null && isNull(f.node(key))) {
      problems.report(f.node(key), f.join(key), what + " needs \"" + key + "\", found nothing (null)");
    }
    return value;
  }

  /** A string; null stays null; other scalars and collections are reported. */
  String string(Node node, String path) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode s && isTag(s, "str")) {
      return s.getValue();
    }
    String quoteHint = node instanceof ScalarNode s ? "; quote it if you mean the text: '" + s.getValue() + "'" : "";
    problems.report(node, path, "expected a string, found " + MappingFields.describe(node) + quoteHint);
    return null;
  }

  Boolean bool(Node node, String path) {
    if (node instanceof ScalarNode s && isTag(s, "bool")) {
      return (Boolean) scalars.value(s);
    }
    problems.report(node, path, "expected true or false, found " + MappingFields.describe(node));
    return null;
  }

  Integer integer(Node node, String path) {
    if (node instanceof ScalarNode s && isTag(s, "int") && scalars.value(s) instanceof Integer i) {
      return i;
    }
    problems.report(node, path, "expected an integer, found " + MappingFields.describe(node));
    return null;
  }

  /** A string, integer, number or boolean; null stays null. */
  Scalar scalar(Node node, String path) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      Object value = scalars.value(s);
      if (value instanceof BigInteger) {
        problems.report(node, path, "the integer " + s.getValue() + " does not fit in 64 bits; quote it");
        return null;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        return Scalar.of(value);
      }
    }
    problems.report(node, path, "expected a string, number or boolean, found " + MappingFields.describe(node)
        + (node instanceof ScalarNode s ? "; quote it: '" + s.getValue() + "'" : ""));
    return null;
  }

  TypeSpec type(Node node, String path) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode) {
      String name = string(node, path);
      return name == null ? null : new TypeSpec.Named(name);
    }
    if (node instanceof SequenceNode s) {
      List<TypeSpec> members = new ArrayList<>();
      for (int i = 0; i < s.getValue().size(); i++) {
        TypeSpec member = type(s.getValue().get(i), path + "[" + i + "]");
        if (member == null) {
          problems.report(s.getValue().get(i), path + "[" + i + "]", "a list of types holds types, not nothing;"
              + " remove the empty item");
          return null;
        }
        members.add(member);
      }
      return new TypeSpec.Union(members);
    }
    if (node instanceof MappingNode m && m.getValue().size() == 1) {
      String name = string(m.getValue().get(0).getKeyNode(), path);
      Node value = m.getValue().get(0).getValueNode();
      if (isNull(value)) {
        return name == null ? null : new TypeSpec.Parameterized(name, Map.of());
      }
      if (value instanceof MappingNode) {
        Map<String, Object> properties = tree(value, path + "." + name);
        return name == null ? null : new TypeSpec.Parameterized(name, properties);
      }
      problems.report(value, path + "." + name, "the properties of type \"" + name + "\" must be a mapping, found "
          + MappingFields.describe(value));
      return null;
    }
    problems.report(node, path, "expected a type: a name such as String, a mapping with one key such as"
        + " {GCSPath: {data_type: CSV}}, or a list of types; found " + MappingFields.describe(node)
        + (node instanceof MappingNode m ? " with " + m.getValue().size() + " keys" : ""));
    return null;
  }

  Map<String, String> stringMap(Node node, String path) {
    if (isNull(node)) {
      return null;
    }
    return entries(node, path, "a mapping of strings", this::string);
  }

  /** A mapping's entries read by {@code item}, in order; entries that read as nothing are left out. */
  <T> Map<String, T> entries(Node node, String path, String what, BiFunction<Node, String, T> item) {
    MappingFields f = MappingFields.of(node, path, problems, what);
    if (f == null) {
      return null;
    }
    Map<String, T> out = new LinkedHashMap<>();
    for (String key : f.keys()) {
      T value = f.read(key, item);
      if (value != null) {
        out.put(key, value);
      }
    }
    return out;
  }

  /** A free-form YAML tree (maps, lists, scalars), as plain Java values. */
  @SuppressWarnings("unchecked")
  <T> T tree(Node node, String path) {
    return (T) treeValue(node, path);
  }

  private Object treeValue(Node node, String path) {
    if (node instanceof MappingNode) {
      MappingFields f = MappingFields.of(node, path, problems, "a mapping");
      Map<String, Object> out = new LinkedHashMap<>();
      for (String key : f.keys()) {
        out.put(key, f.read(key, this::treeValue));
      }
      return out;
    }
    if (node instanceof SequenceNode s) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < s.getValue().size(); i++) {
        out.add(treeValue(s.getValue().get(i), path + "[" + i + "]"));
      }
      return out;
    }
    Object value = scalars.value((ScalarNode) node);
    return value instanceof java.util.Date ? ((ScalarNode) node).getValue() : value;
  }

  /** A list whose items are read with {@code item}; items that fail are left out after being reported. */
  <T> List<T> list(Node node, String path, String what, BiFunction<Node, String, T> item) {
    if (isNull(node)) {
      return null;
    }
    if (!(node instanceof SequenceNode s)) {
      problems.report(node, path, "expected a list of " + what + ", found " + MappingFields.describe(node));
      return null;
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < s.getValue().size(); i++) {
      Node itemNode = s.getValue().get(i);
      String itemPath = path + "[" + i + "]";
      problems.place(itemPath, itemNode);
      T value = item.apply(itemNode, itemPath);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  static boolean isNull(Node node) {
    return node == null || (node instanceof ScalarNode s && isTag(s, "null"));
  }

  static boolean isTag(ScalarNode node, String tag) {
    return node.getTag().getValue().equals("tag:yaml.org,2002:" + tag);
  }

  ScalarValues scalars() {
    return scalars;
  }
}

package io.kfp4j.runtime.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.Implementation;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.MetadataSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.SpecProblem;
import io.kfp4j.runtime.spec.V2Native;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a KFP v2 component file, a pipeline spec (IR) with one component as KFP 2's compiler and shared component
 * libraries publish it, into the v1 model with its {@link V2Native} part. Strict: unknown keys, a wrong
 * {@code schemaVersion}, a missing or dangling executor, several components without a root DAG naming one, and
 * types kfp4j cannot map are reported at their line and column with the fix.
 */
final class V2ComponentReader {
  /** Keys only a v2 file has at its top level; one of them (and no {@code implementation}) makes a file v2. */
  private static final Set<String> V2_MARKERS = Set.of("pipelineInfo", "deploymentSpec", "schemaVersion", "root");
  private static final List<String> SCHEMA_VERSIONS = List.of("2.1.0", "2.0.0");
  private static final List<String> TOP_KEYS = List.of("components", "defaultPipelineRoot", "deploymentSpec",
      "pipelineInfo", "root", "schemaVersion", "sdkVersion");
  private static final List<String> INFO_KEYS = List.of("description", "displayName", "name");
  private static final List<String> COMPONENT_KEYS = List.of("dag", "executorLabel", "inputDefinitions",
      "outputDefinitions", "singlePlatformSpecs", "taskConfigPassthroughs");
  private static final List<String> DAG_KEYS = List.of("outputs", "tasks");
  private static final List<String> DEPLOYMENT_KEYS = List.of("executors");
  private static final List<String> EXECUTOR_KEYS = List.of("container", "customJob", "importer", "resolver");
  private static final List<String> CONTAINER_KEYS = List.of("args", "command", "env", "image", "lifecycle",
      "resources");
  private static final List<String> ENV_KEYS = List.of("name", "value");

  private final Problems problems;
  private final ComponentReader reader;
  /** v1 field path prefix of the converted spec to the field path in the file, for the validator's problems. */
  private final Map<String, String> filePaths = new LinkedHashMap<>();
  /** The file's {@code components}, once read. */
  private MappingFields components;

  V2ComponentReader(Problems problems) {
    this.problems = problems;
    this.reader = new ComponentReader(problems);
  }

  /** Whether the document is a v2 component file rather than a v1 component spec. */
  static boolean isV2(Node root) {
    if (!(root instanceof MappingNode m)) {
      return false;
    }
    Set<String> keys = new LinkedHashSet<>();
    m.getValue().forEach(t -> keys.add(t.getKeyNode() instanceof ScalarNode s ? s.getValue() : ""));
    return !keys.contains("implementation") && keys.stream().anyMatch(V2_MARKERS::contains);
  }

  /** A problem the validator found on the converted spec, with its path as in the file. */
  SpecProblem inFile(SpecProblem problem) {
    String best = "";
    for (String prefix : filePaths.keySet()) {
      if (problem.path().startsWith(prefix) && prefix.length() > best.length()) {
        best = prefix;
      }
    }
    if (best.isEmpty()) {
      return problem;
    }
    String path = filePaths.get(best) + problem.path().substring(best.length());
    return new SpecProblem(problem.source(), problem.line(), problem.column(), path, problem.message());
  }

  ComponentSpec spec(Node node) {
    MappingFields top = MappingFields.of(node, "", problems, "a KFP v2 component file (pipeline spec)", TOP_KEYS);
    if (top == null) {
      return null;
    }
    String schemaVersion = schemaVersion(top, node);
    String sdkVersion = top.read("sdkVersion", reader::string);
    MappingFields info = field(top, "pipelineInfo", node, "pipelineInfo", INFO_KEYS,
        "pipelineInfo with the component's name");
    String name = info == null ? null : reader.required(info, "name", top.node("pipelineInfo"), "pipelineInfo",
        "pipelineInfo");
    String description = info == null ? null : info.read("description", reader::string);
    top.read("defaultPipelineRoot", reader::string);
    String componentKey = componentKey(top, node);
    if (componentKey == null) {
      return null;
    }
    String componentPath = "components." + componentKey;
    Node componentNode = components.node(componentKey);
    MappingFields component = MappingFields.of(componentNode, componentPath, problems, "a component",
        COMPONENT_KEYS);
    if (component == null) {
      return null;
    }
    V2PortReader portReader = new V2PortReader(problems, reader, filePaths);
    List<InputSpec> inputs = portReader.inputs(component, componentPath);
    List<OutputSpec> outputs = portReader.outputs(component, componentPath);
    String label = executorLabel(component, componentNode, componentPath);
    if (label == null) {
      return null;
    }
    Node executorNode = executor(top, node, label, component.node("executorLabel"), componentPath);
    if (executorNode == null) {
      return null;
    }
    String executorPath = "deploymentSpec.executors." + label;
    MappingFields executor = MappingFields.of(executorNode, executorPath, problems, "an executor", EXECUTOR_KEYS);
    if (executor == null) {
      return null;
    }
    if (!executor.has("container")) {
      String kind = executor.keys().stream().filter(EXECUTOR_KEYS::contains).findFirst().orElse(null);
      problems.report(executorNode, executorPath, kind == null
          ? "an executor needs \"container\" (image, command, args)"
          : "a " + kind + " executor is not a container, and kfp4j loads only container components; use KFP v2 for"
              + " " + kind + " tasks, or a component that runs a container");
      return null;
    }
    V2Placeholders.Ports ports = portReader.ports();
    ContainerSpec container = executor.read("container", (n, p) -> container(n, p, ports));
    filePaths.put("implementation.container", executorPath + ".container");
    if (container == null || name == null || schemaVersion == null || !problems.isEmpty()) {
      return null;
    }
    V2Native v2 = new V2Native(componentKey, json(componentNode), label, json(executorNode), schemaVersion, sdkVersion);
    return new ComponentSpec(name, description, MetadataSpec.EMPTY, inputs, outputs,
        new Implementation.Container(container), null, Optional.of(v2));
  }

  private String schemaVersion(MappingFields top, Node node) {
    if (!top.has("schemaVersion")) {
      problems.report(node, "schemaVersion", "a KFP v2 component file needs \"schemaVersion\"; add schemaVersion:"
          + " 2.1.0, as KFP 2 writes it");
      return null;
    }
    String version = top.read("schemaVersion", reader::string);
    if (version != null && !SCHEMA_VERSIONS.contains(version)) {
      problems.report(top.node("schemaVersion"), "schemaVersion", "schemaVersion \"" + version + "\" is not a KFP v2"
          + " pipeline spec version kfp4j reads (" + String.join(", ", SCHEMA_VERSIONS) + "); recompile the"
          + " component with KFP 2, which writes 2.1.0");
      return null;
    }
    return version;
  }

  private MappingFields field(MappingFields f, String key, Node owner, String path, List<String> keys,
      String needed) {
    if (!f.has(key)) {
      problems.report(owner, path, "a KFP v2 component file needs " + needed);
      return null;
    }
    return keys == null ? MappingFields.of(f.node(key), path, problems, key)
        : MappingFields.of(f.node(key), path, problems, key, keys);
  }

  /** The key of the component the file publishes: the root DAG's one task's, or the only one. */
  private String componentKey(MappingFields top, Node node) {
    MappingFields components = field(top, "components", node, "components",
        null, "\"components\" with the component (comp-NAME: {executorLabel, inputDefinitions, ...})");
    if (components == null) {
      return null;
    }
    this.components = components;
    List<String> keys = new ArrayList<>(components.keys());
    String fromRoot = rootTaskComponent(top);
    if (fromRoot != null) {
      if (!keys.contains(fromRoot)) {
        problems.report(top.node("root"), "root.dag.tasks", "the root task's componentRef names \"" + fromRoot
            + "\", which is not in components (" + String.join(", ", keys) + "); name one of them");
        return null;
      }
      return fromRoot;
    }
    if (top.has("root") || !problems.isEmpty()) {
      return null; // its problem is reported
    }
    if (keys.size() == 1) {
      return keys.get(0);
    }
    problems.report(top.node("components"), "components", keys.isEmpty()
        ? "the file has no component; a KFP v2 component file has one under components"
        : "the file has " + keys.size() + " components (" + String.join(", ", keys) + ") and no root DAG to say"
            + " which is the component; add root.dag with one task whose componentRef.name names it, or keep"
            + " only that component");
    return null;
  }

  /** The component the root DAG's only task runs, or {@code null} (reported when there is a root). */
  private String rootTaskComponent(MappingFields top) {
    if (!top.has("root")) {
      return null;
    }
    MappingFields root = MappingFields.of(top.node("root"), "root", problems, "root", COMPONENT_KEYS);
    if (root == null) {
      return null;
    }
    root.read("inputDefinitions", reader::tree);
    root.read("outputDefinitions", reader::tree);
    if (!root.has("dag")) {
      problems.report(top.node("root"), "root", "root needs \"dag\" with one task running the component; add"
          + " root.dag.tasks.NAME.componentRef.name: comp-NAME");
      return null;
    }
    MappingFields dag = MappingFields.of(root.node("dag"), "root.dag", problems, "a DAG", DAG_KEYS);
    if (dag == null) {
      return null;
    }
    MappingFields tasks = dag.has("tasks") ? MappingFields.of(dag.node("tasks"), "root.dag.tasks", problems,
        "tasks") : null;
    if (tasks == null || tasks.keys().size() != 1) {
      problems.report(dag.has("tasks") ? dag.node("tasks") : root.node("dag"), "root.dag.tasks",
          (tasks == null ? "the root DAG has no tasks" : "the root DAG has " + tasks.keys().size() + " tasks ("
              + String.join(", ", tasks.keys()) + "), so this is a pipeline, not a component")
              + "; a KFP v2 component file's root DAG has one task running the component");
      return null;
    }
    String task = tasks.keys().iterator().next();
    Object body = tasks.read(task, reader::tree);
    Object ref = body instanceof Map<?, ?> m && m.get("componentRef") instanceof Map<?, ?> r ? r.get("name") : null;
    if (!(ref instanceof String name)) {
      problems.report(tasks.node(task), "root.dag.tasks." + task + ".componentRef.name", "the root task needs"
          + " componentRef.name naming the component (comp-NAME)");
      return null;
    }
    return name;
  }

  private String executorLabel(MappingFields component, Node node, String path) {
    if (component.has("dag")) {
      problems.report(component.node("dag"), path + ".dag", "this component is a DAG of tasks (a pipeline used as a"
          + " component); kfp4j loads container components, so load its tasks' components instead");
      return null;
    }
    String label = component.read("executorLabel", reader::string);
    if (label == null) {
      problems.report(node, path + ".executorLabel", "the component names no executor; add executorLabel naming"
          + " its entry in deploymentSpec.executors (KFP writes exec-NAME for comp-NAME)");
    }
    return label;
  }

  private Node executor(MappingFields top, Node node, String label, Node labelNode, String componentPath) {
    MappingFields deployment = field(top, "deploymentSpec", node, "deploymentSpec", DEPLOYMENT_KEYS,
        "deploymentSpec.executors with the component's executor \"" + label + "\"");
    if (deployment == null) {
      return null;
    }
    MappingFields executors = deployment.has("executors") ? MappingFields.of(deployment.node("executors"),
        "deploymentSpec.executors", problems, "executors") : null;
    if (executors == null || !executors.has(label)) {
      problems.report(labelNode, componentPath + ".executorLabel", "executorLabel \"" + label + "\" names no executor in"
              + " deploymentSpec.executors" + (executors == null || executors.keys().isEmpty() ? ", which is empty"
              : " (it has: " + String.join(", ", executors.keys()) + ")") + "; name one of them, or add \""
              + label + "\" with the container that runs the component");
      return null;
    }
    return executors.node(label);
  }

  private ContainerSpec container(Node node, String path, V2Placeholders.Ports ports) {
    MappingFields f = MappingFields.of(node, path, problems, "a container", CONTAINER_KEYS);
    if (f == null) {
      return null;
    }
    String image = reader.required(f, "image", node, path, "a container");
    V2Placeholders placeholders = new V2Placeholders(problems, ports);
    List<Arg> command = f.read("command", (n, p) -> reader.list(n, p, "command", (item, ip) ->
        commandItem(item, ip, placeholders)));
    List<Arg> args = f.read("args", (n, p) -> reader.list(n, p, "args", (item, ip) ->
        commandItem(item, ip, placeholders)));
    Map<String, String> env = f.read("env", this::env);
    f.read("resources", reader::tree);
    f.read("lifecycle", reader::tree);
    return image == null ? null : new ContainerSpec(image, command, args, env, Map.of());
  }

  private Arg commandItem(Node node, String path, V2Placeholders placeholders) {
    String text = reader.string(node, path);
    problems.place(path.replaceFirst("^deploymentSpec\\.executors\\.[^.]+\\.container", "implementation.container"),
        node);
    return text == null ? null : placeholders.convert(text, node, path);
  }

  private Map<String, String> env(Node node, String path) {
    Map<String, String> out = new LinkedHashMap<>();
    List<Object> items = reader.list(node, path, "environment variables ({name, value})", (n, p) -> {
      MappingFields f = MappingFields.of(n, p, problems, "an environment variable", ENV_KEYS);
      if (f == null) {
        return null;
      }
      String name = reader.required(f, "name", n, p, "an environment variable");
      String value = f.read("value", reader::string);
      if (name != null) {
        out.put(name, value == null ? "" : value);
      }
      return name;
    });
    return items == null ? null : out;
  }

  /** The node as JSON, read once more without reporting (its problems are reported already). */
  private ObjectNode json(Node node) {
    return (ObjectNode) jsonValue(node);
  }

  private JsonNode jsonValue(Node node) {
    if (node instanceof MappingNode m) {
      ObjectNode out = LazyJson.MAPPER.createObjectNode();
      m.getValue().forEach(t -> out.set(((ScalarNode) t.getKeyNode()).getValue(), jsonValue(t.getValueNode())));
      return out;
    }
    if (node instanceof SequenceNode s) {
      ArrayNode out = LazyJson.MAPPER.createArrayNode();
      s.getValue().forEach(item -> out.add(jsonValue(item)));
      return out;
    }
    Object value = reader.scalars().value((ScalarNode) node);
    return value instanceof java.util.Date ? TextNode.valueOf(((ScalarNode) node).getValue())
        : LazyJson.MAPPER.valueToTree(value);
  }
}

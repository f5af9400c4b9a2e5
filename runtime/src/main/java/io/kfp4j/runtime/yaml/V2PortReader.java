package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TypeSpec;
import io.kfp4j.runtime.types.PythonJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a KFP v2 component's {@code inputDefinitions} and {@code outputDefinitions} into v1 inputs and outputs:
 * parameter types {@code STRING}, {@code NUMBER_INTEGER}, {@code NUMBER_DOUBLE}, {@code BOOLEAN}, {@code STRUCT},
 * {@code LIST} become {@code String}, {@code Integer}, {@code Float}, {@code Boolean}, {@code JsonObject},
 * {@code JsonArray}; an artifact's type is its {@code schemaTitle} ({@code system.Dataset}); defaults, optional
 * inputs and descriptions carry over. It remembers where each port is, for problems found later on the v1 view.
 */
final class V2PortReader {
  private static final List<String> DEFINITIONS_KEYS = List.of("artifacts", "parameters");
  private static final List<String> INPUT_PARAMETER_KEYS =
      List.of("defaultValue", "description", "isOptional", "literals", "parameterType", "type");
  private static final List<String> OUTPUT_PARAMETER_KEYS = List.of("description", "parameterType", "type");
  private static final List<String> INPUT_ARTIFACT_KEYS =
      List.of("artifactType", "description", "isArtifactList", "isOptional");
  private static final List<String> OUTPUT_ARTIFACT_KEYS = List.of("artifactType", "customProperties", "description",
      "isArtifactList", "metadata", "properties");
  private static final List<String> ARTIFACT_TYPE_KEYS =
      List.of("instanceSchema", "schemaTitle", "schemaUri", "schemaVersion");
  /** KFP v2 parameter types and the v1 types they become. */
  private static final Map<String, String> PARAMETER_TYPES = Map.of("STRING", "String", "NUMBER_INTEGER", "Integer",
      "NUMBER_DOUBLE", "Float", "BOOLEAN", "Boolean", "STRUCT", "JsonObject", "LIST", "JsonArray");
  /** The deprecated {@code type} field of schemaVersion 2.0.0 files. */
  private static final Map<String, String> PRIMITIVE_TYPES = Map.of("STRING", "String", "INT", "Integer",
      "DOUBLE", "Float");
  private final Problems problems;
  private final ComponentReader reader;
  private final Map<String, String> filePaths;
  private final Set<String> inputParameters = new LinkedHashSet<>();
  private final Set<String> inputArtifacts = new LinkedHashSet<>();
  private final Set<String> outputParameters = new LinkedHashSet<>();
  private final Set<String> outputArtifacts = new LinkedHashSet<>();

  /**
   * @param filePaths where the v1 view's {@code inputs[i]} and {@code outputs[i]} are in the file: filled here
   */
  V2PortReader(Problems problems, ComponentReader reader, Map<String, String> filePaths) {
    this.problems = problems;
    this.reader = reader;
    this.filePaths = filePaths;
  }

  /** The names of the ports read so far, by kind (those whose definitions had problems too). */
  V2Placeholders.Ports ports() {
    return new V2Placeholders.Ports(inputParameters, inputArtifacts, outputParameters, outputArtifacts);
  }

  /** The inputs, parameters first, each in file order. */
  List<InputSpec> inputs(MappingFields component, String path) {
    Set<String> parameters = inputParameters;
    Set<String> artifacts = inputArtifacts;
    List<InputSpec> inputs = new ArrayList<>();
    MappingFields definitions = component.has("inputDefinitions") ? MappingFields.of(
        component.node("inputDefinitions"), path + ".inputDefinitions", problems, "inputDefinitions",
        DEFINITIONS_KEYS) : null;
    if (definitions == null) {
      return inputs;
    }
    each(definitions, "parameters", path + ".inputDefinitions.parameters", (name, n, p) -> {
      MappingFields f = MappingFields.of(n, p, problems, "an input parameter", INPUT_PARAMETER_KEYS);
      String type = f == null ? null : parameterType(f, n, p);
      parameters.add(name);
      if (type == null) {
        return;
      }
      filePaths.put("inputs[" + inputs.size() + "]", p);
      problems.place("inputs[" + inputs.size() + "]", n);
      Boolean optional = f.read("isOptional", reader::bool);
      f.read("literals", reader::tree);
      inputs.add(new InputSpec(name, new TypeSpec.Named(type),
          f.read("description", reader::string), f.read("defaultValue", (v, vp) -> defaultValue(v, vp, type)),
          optional != null && optional, Map.of()));
    });
    each(definitions, "artifacts", path + ".inputDefinitions.artifacts", (name, n, p) -> {
      MappingFields f = MappingFields.of(n, p, problems, "an input artifact", INPUT_ARTIFACT_KEYS);
      String type = f == null ? null : artifactType(f, n, p);
      artifacts.add(name);
      if (type == null) {
        return;
      }
      filePaths.put("inputs[" + inputs.size() + "]", p);
      problems.place("inputs[" + inputs.size() + "]", n);
      Boolean optional = f.read("isOptional", reader::bool);
      inputs.add(new InputSpec(name, new TypeSpec.Named(type),
          f.read("description", reader::string), null, optional != null && optional, Map.of()));
    });
    return inputs;
  }

  /** The outputs, parameters first, each in file order. */
  List<OutputSpec> outputs(MappingFields component, String path) {
    Set<String> parameters = outputParameters;
    Set<String> artifacts = outputArtifacts;
    List<OutputSpec> outputs = new ArrayList<>();
    MappingFields definitions = component.has("outputDefinitions") ? MappingFields.of(
        component.node("outputDefinitions"), path + ".outputDefinitions", problems, "outputDefinitions",
        DEFINITIONS_KEYS) : null;
    if (definitions == null) {
      return outputs;
    }
    each(definitions, "parameters", path + ".outputDefinitions.parameters", (name, n, p) -> {
      MappingFields f = MappingFields.of(n, p, problems, "an output parameter", OUTPUT_PARAMETER_KEYS);
      String type = f == null ? null : parameterType(f, n, p);
      parameters.add(name);
      if (type != null) {
        filePaths.put("outputs[" + outputs.size() + "]", p);
        problems.place("outputs[" + outputs.size() + "]", n);
        outputs.add(new OutputSpec(name, new TypeSpec.Named(type),
            f.read("description", reader::string), Map.of()));
      }
    });
    each(definitions, "artifacts", path + ".outputDefinitions.artifacts", (name, n, p) -> {
      MappingFields f = MappingFields.of(n, p, problems, "an output artifact", OUTPUT_ARTIFACT_KEYS);
      String type = f == null ? null : artifactType(f, n, p);
      artifacts.add(name);
      if (type != null) {
        f.read("metadata", reader::tree);
        f.read("properties", reader::tree);
        f.read("customProperties", reader::tree);
        filePaths.put("outputs[" + outputs.size() + "]", p);
        problems.place("outputs[" + outputs.size() + "]", n);
        outputs.add(new OutputSpec(name, new TypeSpec.Named(type),
            f.read("description", reader::string), Map.of()));
      }
    });
    return outputs;
  }

  private interface Entry {
    void read(String name, Node node, String path);
  }

  private void each(MappingFields owner, String key, String path, Entry entry) {
    if (!owner.has(key)) {
      return;
    }
    MappingFields f = MappingFields.of(owner.node(key), path, problems, key);
    if (f != null) {
      for (String name : f.keys()) {
        entry.read(name, f.node(name), path + "." + name);
      }
    }
  }

  private String parameterType(MappingFields f, Node node, String path) {
    String v2 = f.read("parameterType", reader::string);
    String old = f.read("type", reader::string);
    if (v2 != null) {
      String type = PARAMETER_TYPES.get(v2);
      if (type == null) {
        problems.report(f.node("parameterType"), path + ".parameterType", "unknown parameterType \"" + v2 + "\";"
            + " kfp4j reads " + String.join(", ", List.of("STRING", "NUMBER_INTEGER", "NUMBER_DOUBLE", "BOOLEAN",
            "STRUCT", "LIST")) + ("TASK_FINAL_STATUS".equals(v2) || "TASK_CONFIG".equals(v2)
            ? " (a " + v2 + " input is filled by KFP v2's backend, which the v1 toolchain does not have)" : ""));
      }
      return type;
    }
    if (old != null) {
      String type = PRIMITIVE_TYPES.get(old);
      if (type == null) {
        problems.report(f.node("type"), path + ".type", "unknown type \"" + old + "\"; the deprecated type field"
            + " is INT, DOUBLE or STRING; write parameterType (STRING, NUMBER_INTEGER, NUMBER_DOUBLE, BOOLEAN,"
            + " STRUCT, LIST) instead");
      }
      return type;
    }
    if (f.keys().stream().allMatch(INPUT_PARAMETER_KEYS::contains)) {
      problems.report(node, path, "a parameter needs \"parameterType\" (STRING, NUMBER_INTEGER, NUMBER_DOUBLE,"
          + " BOOLEAN, STRUCT or LIST)");
    }
    return null;
  }

  private String artifactType(MappingFields f, Node node, String path) {
    Boolean list = f.read("isArtifactList", reader::bool);
    if (list != null && list) {
      problems.report(f.node("isArtifactList"), path + ".isArtifactList", "a list of artifacts cannot be passed by"
          + " the v1 toolchain kfp4j runs components with; use one artifact per input or output");
    }
    if (!f.has("artifactType")) {
      problems.report(node, path, "an artifact needs \"artifactType\" with schemaTitle (e.g. system.Dataset) and"
          + " schemaVersion");
      return null;
    }
    MappingFields type = MappingFields.of(f.node("artifactType"), path + ".artifactType", problems,
        "an artifactType", ARTIFACT_TYPE_KEYS);
    if (type == null) {
      return null;
    }
    type.read("schemaVersion", reader::string);
    type.read("instanceSchema", reader::string);
    type.read("schemaUri", reader::string);
    String title = type.read("schemaTitle", reader::string);
    if (title == null) {
      problems.report(f.node("artifactType"), path + ".artifactType.schemaTitle", "an artifactType needs"
          + " schemaTitle naming the artifact's type, such as system.Dataset or system.Model");
    }
    return list != null && list ? null : title;
  }

  private Scalar defaultValue(Node node, String path, String type) {
    Object value = reader.tree(node, path);
    if ("Integer".equals(type) && value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 0x1p53) {
      value = d.longValue(); // a protobuf Value holds numbers as doubles: KFP writes the default 100 as 100.0
    }
    boolean fits = switch (type) {
      case "String" -> value instanceof String;
      case "Integer" -> value instanceof Integer || value instanceof Long;
      case "Float" -> value instanceof Number && !(value instanceof java.math.BigInteger);
      case "Boolean" -> value instanceof Boolean;
      case "JsonObject" -> value instanceof Map;
      case "JsonArray" -> value instanceof List;
      default -> false;
    };
    if (!fits) {
      problems.report(node, path, "the default " + MappingFields.describe(node) + " does not fit the parameter's"
          + " type (" + type + "); give a value of that type");
      return null;
    }
    if (value instanceof Map || value instanceof List) {
      return Scalar.of(PythonJson.dumps(value));
    }
    return Scalar.of("Float".equals(type) ? ((Number) value).doubleValue() : value);
  }
}

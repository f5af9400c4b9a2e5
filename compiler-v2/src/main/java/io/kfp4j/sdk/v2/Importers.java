package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An importer task as KFP 2 writes it ({@code importer_node}): a component with the input parameter {@code uri} and
 * the output artifact {@code artifact} of the imported type, and an executor {@code importer} that reads the URI from
 * that input ({@code runtimeParameter: uri}), or names it when it is a constant, with the type's schema, {@code
 * reimport} when set and the metadata when given.
 */
final class Importers {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String METADATA = "metadata";

  private Importers() {}

  /**
   * The ports of an importer: {@code uri} and, for each value its metadata reads when the pipeline runs, an input
   * {@code metadata}, {@code metadata-2}, ... of that value's type; the artifact out.
   */
  static ComponentPorts ports(TaskNode task, String where,
      java.util.function.Function<ArgumentValue, IoType> types) {
    Map<String, Port> inputs = new LinkedHashMap<>();
    inputs.put(ArtifactImport.URI_INPUT, new Port(ArtifactImport.URI_INPUT, IoType.STRING, false, null));
    metadataInputs(task).forEach((reference, name) -> {
      IoType type = types.apply(reference);
      if (!(type instanceof IoType.Parameter)) {
        throw new V2CompileException(where + ", metadata: reads an artifact (" + reference
            + "), which KFP v2 cannot put in an importer's metadata; read a parameter (text, a number, JSON) instead");
      }
      inputs.put(name, new Port(name, type, false, null));
    });
    ArtifactImport importer = task.importer();
    return new ComponentPorts(inputs, Map.of(ArtifactImport.OUTPUT, new Port(ArtifactImport.OUTPUT,
        new IoType.Artifact(importer.schemaTitle(), importer.schemaVersion()), false, null)));
  }

  /**
   * The inputs that carry what the metadata reads, as KFP 2 names them: each reference (each one inside formatted
   * text too) in the metadata's order, a key before its value, named {@code metadata}, then {@code metadata-2}, ...;
   * a reference read twice keeps its first input, and the URI's own reference its input {@code uri}.
   */
  static Map<ArgumentValue, String> metadataInputs(TaskNode task) {
    Map<ArgumentValue, String> names = inputNames(task);
    names.values().remove(ArtifactImport.URI_INPUT);
    return names;
  }

  /** {@link #metadataInputs}, with the URI's reference and its input {@code uri} when the URI is not a constant. */
  private static Map<ArgumentValue, String> inputNames(TaskNode task) {
    Map<ArgumentValue, String> names = new LinkedHashMap<>();
    ArgumentValue uri = task.arguments().get(ArtifactImport.URI_INPUT);
    if (!(uri instanceof ArgumentValue.Constant)) {
      names.put(uri, ArtifactImport.URI_INPUT);
    }
    Set<String> taken = new HashSet<>(Set.of(ArtifactImport.URI_INPUT));
    for (ArgumentValue reference : task.importer().references()) {
      for (ArgumentValue part : PipelineTree.parts(new SettingValue.Reference(reference))) {
        if (!(part instanceof ArgumentValue.Constant) && !names.containsKey(part)) {
          String name = Names.unique(METADATA, taken);
          taken.add(name);
          names.put(part, name);
        }
      }
    }
    return names;
  }

  /** The executor of an importer task. */
  static ObjectNode executor(TaskNode task) {
    ArtifactImport importer = task.importer();
    ObjectNode spec = F.objectNode();
    ObjectNode uri = spec.putObject("artifactUri");
    if (task.arguments().get(ArtifactImport.URI_INPUT) instanceof ArgumentValue.Constant c) {
      uri.put("constant", c.text());
    } else {
      uri.put("runtimeParameter", ArtifactImport.URI_INPUT);
    }
    spec.putObject("typeSchema").put("schemaTitle", importer.schemaTitle())
        .put("schemaVersion", importer.schemaVersion());
    if (importer.reimport()) {
      spec.put("reimport", true);
    }
    if (!importer.metadata().isEmpty()) {
      spec.set("metadata", node(importer.metadata(), inputNames(task)));
    }
    ObjectNode executor = F.objectNode();
    executor.set("importer", spec);
    return executor;
  }

  /** A metadata node as JSON, each reference as the placeholders of the inputs that carry it. */
  private static JsonNode node(Object value, Map<ArgumentValue, String> inputs) {
    if (value instanceof Map<?, ?> map) {
      ObjectNode out = F.objectNode();
      map.forEach((k, v) -> out.set(text(k, inputs), node(v, inputs)));
      return out;
    }
    if (value instanceof List<?> list) {
      ArrayNode out = F.arrayNode();
      list.forEach(v -> out.add(node(v, inputs)));
      return out;
    }
    if (value instanceof SettingValue.Reference) {
      return F.textNode(text(value, inputs));
    }
    return TypeMapping.numbersAsDoubles(LazyJson.MAPPER.valueToTree(value));
  }

  private static String text(Object keyOrValue, Map<ArgumentValue, String> inputs) {
    if (!(keyOrValue instanceof SettingValue.Reference r)) {
      return keyOrValue.toString();
    }
    StringBuilder text = new StringBuilder();
    for (ArgumentValue part : PipelineTree.parts(r)) {
      text.append(part instanceof ArgumentValue.Constant c ? c.text()
          : "{{$.inputs.parameters['" + inputs.get(part) + "']}}");
    }
    return text.toString();
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.Map;

/**
 * An importer task as KFP 2 writes it ({@code importer_node}): a component with the input parameter {@code uri} and
 * the output artifact {@code artifact} of the imported type, and an executor {@code importer} that reads the URI from
 * that input ({@code runtimeParameter: uri}), or names it when it is a constant, with the type's schema, {@code
 * reimport} when set and the metadata when given.
 */
final class Importers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Importers() {}

  /** The ports of an importer: {@code uri} in, the artifact out. */
  static ComponentPorts ports(ArtifactImport importer) {
    return new ComponentPorts(
        Map.of(ArtifactImport.URI_INPUT, new Port(ArtifactImport.URI_INPUT, IoType.STRING, false, null)),
        Map.of(ArtifactImport.OUTPUT, new Port(ArtifactImport.OUTPUT,
            new IoType.Artifact(importer.schemaTitle(), importer.schemaVersion()), false, null)));
  }

  /** The executor of an importer task. */
  static ObjectNode executor(TaskNode task) {
    ArtifactImport importer = task.importer();
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
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
      spec.set("metadata", TypeMapping.numbersAsDoubles(JSON.valueToTree(importer.metadata())));
    }
    ObjectNode executor = JsonNodeFactory.instance.objectNode();
    executor.set("importer", spec);
    return executor;
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kfp4j.sdk.ComponentDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Components taken from a KFP golden itself as KFP v2 component files: {@code comp-X} and the executor it names cut
 * from the golden into an IR with that one component (what KFP 2 publishes for a Python function component), then
 * loaded as any v2 component file is.
 */
final class GoldenComponents {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private GoldenComponents() {}

  /** The golden's component {@code componentKey} ({@code comp-flip-coin}), named as its key without {@code comp-}. */
  static ComponentDefinition cut(String golden, String componentKey) {
    return cut(golden, componentKey, componentKey.substring("comp-".length()));
  }

  /** The golden's component {@code componentKey} under the component name {@code name} ({@code flip-coin}). */
  static ComponentDefinition cut(String golden, String componentKey, String name) {
    return ComponentDefinition.fromText(text(golden, componentKey, name));
  }

  /** The one-component IR text cut from the golden. */
  static String text(String golden, String componentKey, String name) {
    try {
      JsonNode spec = YAML.readTree(KfpV2Goldens.read(golden));
      JsonNode component = spec.path("components").get(componentKey);
      if (component == null) {
        throw new IllegalArgumentException(golden + " has no component " + componentKey);
      }
      String label = component.path("executorLabel").asText();
      ObjectNode file = YAML.createObjectNode();
      file.putObject("components").set(componentKey, component);
      file.putObject("deploymentSpec").putObject("executors").set(label,
          spec.path("deploymentSpec").path("executors").get(label));
      file.putObject("pipelineInfo").put("name", name);
      file.put("schemaVersion", spec.path("schemaVersion").asText());
      return YAML.writeValueAsString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

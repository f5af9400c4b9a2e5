package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** KFP 2's compiled goldens (../shared/reference/kfp-v2/goldens), compared with what the compiler writes as data. */
final class Goldens {
  static final Path DIR = Path.of("..", "..", "shared", "reference", "kfp-v2", "goldens");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private Goldens() {}

  /** The golden's spec without its sdkVersion (the leading comment block is not data). */
  static ObjectNode golden(String relative) {
    try {
      ObjectNode spec = (ObjectNode) YAML.readTree(Files.readString(DIR.resolve(relative)));
      spec.remove("sdkVersion");
      return spec;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The compiled spec, read back from its YAML text, without its sdkVersion. */
  static ObjectNode compiled(PipelineGraph graph) {
    try {
      ObjectNode spec = (ObjectNode) ProtoSchema.assertPipelineSpec(YAML.readTree(PipelineSpecCompiler.toYaml(graph)));
      assertEquals(PipelineSpecCompiler.SDK_VERSION, spec.remove("sdkVersion").asText());
      return spec;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts equality as parsed data, showing both as sorted JSON when they differ. */
  static void assertSameSpec(JsonNode expected, JsonNode actual) {
    if (!expected.equals(actual)) {
      assertEquals(pretty(expected), pretty(actual));
    }
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
          JSON.treeToValue(node, java.util.TreeMap.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
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

  /** The compiled spec, read back from its YAML text (parsed strictly, platforms too), without its sdkVersion. */
  static ObjectNode compiled(PipelineGraph graph) {
    return (ObjectNode) compiledDocuments(graph).get(0);
  }

  /**
   * The golden's documents (the spec without its sdkVersion, then its {@code platforms} document when it has one).
   */
  static ArrayNode goldenDocuments(String relative) {
    try (var parser = new YAMLFactory().createParser(Files.readString(DIR.resolve(relative)))) {
      ArrayNode docs = JSON.createArrayNode();
      YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
      ((ObjectNode) docs.get(0)).remove("sdkVersion");
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole compiled text as documents, parsed strictly (spec and platforms), the spec without its sdkVersion. */
  static ArrayNode compiledDocuments(PipelineGraph graph) {
    ArrayNode docs = JSON.createArrayNode();
    StrictPipelineSpec.check(PipelineSpecCompiler.toYaml(graph)).forEach(docs::add);
    assertEquals(PipelineSpecCompiler.SDK_VERSION, ((ObjectNode) docs.get(0)).remove("sdkVersion").asText());
    return docs;
  }

  /** The whole golden file (spec and platforms document) equals the whole compiled file, as parsed data. */
  static void assertSameFile(String relative, PipelineGraph graph) {
    assertSameSpec(goldenDocuments(relative), compiledDocuments(graph));
  }

  /** Asserts equality as parsed data, showing both as sorted JSON when they differ. */
  static void assertSameSpec(JsonNode expected, JsonNode actual) {
    if (!expected.equals(actual)) {
      assertEquals(pretty(expected), pretty(actual));
    }
  }

  private static String pretty(JsonNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValueAsString(JSON.treeToValue(node, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.kfp4j.sdk.v2;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The schema check itself: KFP's own goldens pass it, and a misspelt field or a wrong type does not. */
class ProtoSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void kfpsOwnGoldensParse() throws Exception {
    List<Path> goldens;
    try (Stream<Path> files = Files.walk(Goldens.DIR)) {
      goldens = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(goldens.size() > 50, "goldens found: " + goldens.size());
    for (Path golden : goldens) {
      JsonNode spec = YAML.readTree(Files.readString(golden));
      if (spec.has("pipelineInfo")) {
        ProtoSchema.assertPipelineSpec(spec);
      }
    }
  }

  @Test
  void unknownFieldsAndWrongTypesFail() throws Exception {
    ObjectNode spec = (ObjectNode) YAML.readTree(Files.readString(Goldens.DIR.resolve("hello_world.yaml")));
    ObjectNode misspelt = spec.deepCopy();
    ((ObjectNode) misspelt.at("/root/dag/tasks/echo/cachingOptions")).put("enableCaching", true);
    assertThrows(AssertionError.class, () -> ProtoSchema.assertPipelineSpec(misspelt));
    ObjectNode wrongType = spec.deepCopy();
    ((ObjectNode) wrongType.at("/root/dag/tasks/echo/cachingOptions")).put("enableCache", "yes please");
    assertThrows(AssertionError.class, () -> ProtoSchema.assertPipelineSpec(wrongType));
  }
}

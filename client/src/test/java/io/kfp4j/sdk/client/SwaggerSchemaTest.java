package io.kfp4j.sdk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The check of the contract tests is real: good bodies pass, and each kind of bad body fails. */
class SwaggerSchemaTest {
  private static final String RUN = """
      {"name": "run-b", "pipeline_spec": {"pipeline_id": "pl-1", "parameters": [{"name": "text", "value": "x"}]},
       "resource_references": [{"key": {"type": "EXPERIMENT", "id": "exp-1"}, "relationship": "OWNER"}]}""";

  @Test
  void acceptsKfpsOwnBodies() {
    assertEquals(java.util.List.of(), SwaggerSchema.V1.problems("apiRun", RUN));
    assertEquals(java.util.List.of(), SwaggerSchema.V1.problems("apiExperiment",
        "{\"name\": \"my-exp\", \"description\": \"desc\", \"resource_references\": []}"));
  }

  @Test
  void rejectsWrongTypesUnknownFieldsAndBadEnums() {
    assertFalse(SwaggerSchema.V1.problems("apiRun", RUN.replace("\"run-b\"", "5")).isEmpty(), "a number for a string");
    assertFalse(SwaggerSchema.V1.problems("apiRun", RUN.replace("pipeline_spec", "pipelineSpec")).isEmpty(),
        "a camelCase field");
    assertFalse(SwaggerSchema.V1.problems("apiRun", RUN.replace("\"OWNER\"", "\"OWNS\"")).isEmpty(), "a bad enum");
    assertFalse(SwaggerSchema.V1.problems("apiRun", RUN.replace("\"value\": \"x\"", "\"value\": 1")).isEmpty(),
        "a nested wrong type");
    assertTrue(SwaggerSchema.V1.problems("apiRun", "{not json").get(0).startsWith("not JSON"));
  }
}

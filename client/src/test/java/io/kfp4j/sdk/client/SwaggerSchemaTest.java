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

  @Test
  void v2ChecksBodiesAndFindsOperationsWithTheirQueryParameters() {
    assertEquals(java.util.List.of(), SwaggerSchema.V2.problems("v2beta1Run", "{\"display_name\": \"r\","
        + " \"pipeline_spec\": {\"any\": 1}, \"runtime_config\": {\"parameters\": {\"a\": 7, \"b\": true}}}"));
    assertFalse(SwaggerSchema.V2.problems("v2beta1Run", "{\"name\": \"r\"}").isEmpty(), "a v1 field");
    assertEquals("/apis/v2beta1/pipelines/upload",
        SwaggerSchema.V2.operation("POST", "/apis/v2beta1/pipelines/upload").orElseThrow().template());
    assertEquals("/apis/v2beta1/runs/{run_id}:archive",
        SwaggerSchema.V2.operation("POST", "/apis/v2beta1/runs/run-1:archive").orElseThrow().template());
    assertEquals("/apis/v2beta1/pipelines/{pipeline_id}",
        SwaggerSchema.V2.operation("GET", "/apis/v2beta1/pipelines/pl-1").orElseThrow().template());
    assertTrue(SwaggerSchema.V2.operation("GET", "/apis/v2beta1/nothing").isEmpty());
    assertEquals(java.util.List.of("query parameter pagesize is not one of /apis/v2beta1/runs's: [experiment_id,"
        + " filter, namespace, page_size, page_token, sort_by]"), SwaggerSchema.V2.requestProblems("GET",
            "/apis/v2beta1/runs", java.util.Map.of("pagesize", "1"), null, ""));
  }
}

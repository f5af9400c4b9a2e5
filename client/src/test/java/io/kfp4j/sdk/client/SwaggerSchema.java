package io.kfp4j.sdk.client;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kfp4j.sdk.argo.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * KFP's Swagger 2.0 {@code definitions} (API v1beta1) as JSON Schema (draft 2020-12), to check bodies against.
 *
 * <p>Each check is a schema {@code {"$ref": "#/$defs/<definition>", "$defs": <the definitions>}} with Swagger's
 * {@code #/definitions/} references rewritten to {@code #/$defs/}. One tightening: every object definition gets
 * {@code additionalProperties: false}, so a misspelt or camelCase field fails instead of passing unnoticed (the
 * grpc-gateway error body {@code apiStatus} is left open: servers add {@code message}).
 */
final class SwaggerSchema {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final ObjectNode DEFS = load();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SwaggerSchema() {}

  private static ObjectNode load() {
    try {
      String text = Files.readString(Reference.file("kfp-api/kfp_api_v1beta1.swagger.json"));
      ObjectNode swagger = (ObjectNode) JSON.readTree(text.replace("\"#/definitions/", "\"#/$defs/"));
      ObjectNode defs = (ObjectNode) swagger.get("definitions");
      for (String name : defs.propertyNames()) {
        ObjectNode def = (ObjectNode) defs.get(name);
        if (def.has("properties") && !name.equals("apiStatus")) {
          def.put("additionalProperties", false);
        }
      }
      return defs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String definition) {
    return SCHEMAS.computeIfAbsent(definition, d -> {
      if (!DEFS.has(d)) {
        throw new IllegalArgumentException("the Swagger file has no definition " + d);
      }
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.put("$ref", "#/$defs/" + d);
      root.set("$defs", DEFS);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    });
  }

  /** The problems of a JSON text against a definition ({@code apiRun}), each {@code location: message}. */
  static List<String> problems(String definition, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (RuntimeException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    List<Error> errors = schema(definition).validate(node);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Fails with every problem when the JSON text does not fit the definition. */
  static void check(String definition, String json) {
    List<String> problems = problems(definition, json);
    if (!problems.isEmpty()) {
      throw new AssertionError("not a valid " + definition + ":\n  " + String.join("\n  ", problems) + "\n" + json);
    }
  }
}

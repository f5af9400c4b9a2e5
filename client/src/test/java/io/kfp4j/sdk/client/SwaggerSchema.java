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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * KFP's Swagger 2.0 {@code definitions} as JSON Schema (draft 2020-12), to check bodies against: {@link #V1} (API
 * v1beta1, KFP 1.8.22) and {@link #V2} (API v2beta1, KFP 2.x).
 *
 * <p>Each check is a schema {@code {"$ref": "#/$defs/<definition>", "$defs": <the definitions>}} with Swagger's
 * {@code #/definitions/} references rewritten to {@code #/$defs/}. One tightening: every object definition with
 * properties gets {@code additionalProperties: false}, so a misspelt or camelCase field fails instead of passing
 * unnoticed. Left open: the error bodies (servers add {@code message}) and {@code protobufAny}; free-form objects
 * ({@code pipeline_spec}, {@code runtime_config.parameters}) have no properties and stay open as the Swagger says.
 */
final class SwaggerSchema {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** API v1beta1. */
  static final SwaggerSchema V1 = new SwaggerSchema("kfp-api/kfp_api_v1beta1.swagger.json", Set.of("apiStatus"));
  /** API v2beta1. */
  static final SwaggerSchema V2 = new SwaggerSchema("kfp-v2/api/kfp_api_v2beta1.swagger.json",
      Set.of("googlerpcStatus", "protobufAny"));

  private final ObjectNode defs;
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private SwaggerSchema(String file, Set<String> open) {
    try {
      String text = Files.readString(Reference.file(file));
      ObjectNode swagger = (ObjectNode) JSON.readTree(text.replace("\"#/definitions/", "\"#/$defs/"));
      defs = (ObjectNode) swagger.get("definitions");
      for (String name : defs.propertyNames()) {
        ObjectNode def = (ObjectNode) defs.get(name);
        if (def.has("properties") && !open.contains(name)) {
          def.put("additionalProperties", false);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Schema schema(String definition) {
    return schemas.computeIfAbsent(definition, d -> {
      if (!defs.has(d)) {
        throw new IllegalArgumentException("the Swagger file has no definition " + d);
      }
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
      root.put("$ref", "#/$defs/" + d);
      root.set("$defs", defs);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    });
  }

  /** The problems of a JSON text against a definition ({@code apiRun}), each {@code location: message}. */
  List<String> problems(String definition, String json) {
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
  void check(String definition, String json) {
    List<String> problems = problems(definition, json);
    if (!problems.isEmpty()) {
      throw new AssertionError("not a valid " + definition + ":\n  " + String.join("\n  ", problems) + "\n" + json);
    }
  }
}

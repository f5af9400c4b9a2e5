package io.kfp4j.sdk.client;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kfp4j.sdk.argo.Reference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
  private final List<Operation> operations = new ArrayList<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  /**
   * One operation of the Swagger {@code paths}.
   *
   * @param template the path as the Swagger writes it ({@code /apis/v2beta1/runs/{run_id}:archive})
   * @param query the names of its query parameters
   * @param body the definition of its JSON body, or {@code null} when it takes none
   * @param multipart whether it takes a {@code multipart/form-data} upload
   * @param answer the definition of its 200 answer, or {@code null}
   */
  record Operation(String method, String template, Pattern pattern, Set<String> query, String body,
      boolean multipart, String answer) {}

  private SwaggerSchema(String file, Set<String> open) {
    try {
      String text = Files.readString(Reference.file(file));
      ObjectNode swagger = (ObjectNode) JSON.readTree(text.replace("\"#/definitions/", "\"#/$defs/"));
      defs = (ObjectNode) swagger.get("definitions");
      readOperations(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(text));
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

  private void readOperations(com.fasterxml.jackson.databind.JsonNode swagger) {
    swagger.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      Set<String> query = new HashSet<>();
      String body = null;
      boolean multipart = false;
      for (com.fasterxml.jackson.databind.JsonNode p : op.getValue().path("parameters")) {
        switch (p.path("in").asText()) {
          case "query" -> query.add(p.path("name").asText());
          case "body" -> body = ref(p.path("schema"));
          case "formData" -> multipart = true;
          default -> { }
        }
      }
      String answer = ref(op.getValue().path("responses").path("200").path("schema"));
      StringBuilder regex = new StringBuilder();
      for (String piece : path.getKey().split("(?=\\{)|(?<=})")) {
        regex.append(piece.startsWith("{") ? "([^/:]+)" : Pattern.quote(piece));
      }
      operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
          Pattern.compile(regex.toString()), Set.copyOf(query), body, multipart, answer));
    }));
    // literal paths first: POST /pipelines/upload is not POST /pipelines/{pipeline_id}
    operations.sort(Comparator.comparingLong(o -> o.template().chars().filter(c -> c == '{').count()));
  }

  private static String ref(com.fasterxml.jackson.databind.JsonNode schema) {
    String ref = schema.path("$ref").asText("");
    return ref.isEmpty() ? null : ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** The operation of this method and raw path (no query), or empty when the Swagger has none. */
  Optional<Operation> operation(String method, String rawPath) {
    return operations.stream().filter(o -> o.method().equals(method) && o.pattern().matcher(rawPath).matches())
        .findFirst();
  }

  /**
   * The problems of a request against the Swagger: no such operation, a query parameter it does not have, a filter
   * that is not the API's filter JSON, a body where it takes none, a body that does not fit its definition, an
   * upload that is not multipart.
   */
  List<String> requestProblems(String method, String rawPath, Map<String, String> query, String contentType,
      String body) {
    Optional<Operation> found = operation(method, rawPath);
    if (found.isEmpty()) {
      return List.of("the Swagger has no operation " + method + " " + rawPath);
    }
    Operation op = found.get();
    List<String> problems = new ArrayList<>();
    for (String name : query.keySet()) {
      if (!op.query().contains(name)) {
        problems.add("query parameter " + name + " is not one of " + op.template() + "'s: " + new TreeSet<>(op.query()));
      }
    }
    if (query.containsKey("filter")) {
      String filter = defs.has("v2beta1Filter") ? "v2beta1Filter" : "apiFilter";
      problems(filter, query.get("filter")).forEach(p -> problems.add("filter: " + p));
    }
    if (op.multipart()) {
      if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")) {
        problems.add("an upload must be multipart/form-data, was " + contentType);
      }
    } else if (op.body() == null) {
      if (!body.isEmpty()) {
        problems.add(op.template() + " takes no body, got " + body);
      }
    } else {
      problems(op.body(), body).forEach(p -> problems.add(op.body() + ": " + p));
    }
    return problems;
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

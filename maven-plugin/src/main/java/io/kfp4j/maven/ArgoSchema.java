package io.kfp4j.maven;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Argo Workflows' JSON Schema for {@code Workflow} (v3.7.18, draft 2020-12; argoproj/argo-workflows,
 * {@code api/jsonschema/schema.json}, Apache License 2.0), shipped in the plugin, checking compiled workflows.
 *
 * <p>Two definitions are widened to what the server reads, as kfp4j's own compiler tests do: Kubernetes'
 * {@code IntOrString} and {@code Quantity} are published as {@code type: string}, but take integers too (KFP writes
 * {@code retryStrategy.limit: 3} and {@code nvidia.com/gpu: 2}). Kubernetes' {@code x-kubernetes-*} annotations,
 * which say how the API server merges objects and validate nothing, are left out. Everything else is checked as
 * published.
 */
final class ArgoSchema {
  static final String RESOURCE = "argo-workflow-schema-v3.7.18.json";
  private static final String WORKFLOW = "io.argoproj.workflow.v1alpha1.Workflow";
  private static final List<String> WIDENED = List.of("io.k8s.apimachinery.pkg.util.intstr.IntOrString",
      "io.k8s.apimachinery.pkg.api.resource.Quantity");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Schema schema;

  private ArgoSchema(Schema schema) {
    this.schema = schema;
  }

  /** Loads the schema from the plugin's resources (about a second: it is large). */
  static ArgoSchema load() {
    ObjectNode document;
    try (InputStream in = ArgoSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the plugin jar has no " + RESOURCE + " beside " + ArgoSchema.class.getName());
      }
      document = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + " of the plugin: " + e.getMessage(), e);
    }
    withoutKubernetesAnnotations(document);
    ObjectNode definitions = (ObjectNode) document.get("definitions");
    if (definitions == null || !definitions.has(WORKFLOW)) {
      throw new IllegalStateException(RESOURCE + " has no definition " + WORKFLOW);
    }
    for (String name : WIDENED) {
      ObjectNode widened = JSON.createObjectNode();
      widened.putArray("type").add("string").add("integer");
      definitions.set(name, widened);
    }
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", document.path("$schema").asString());
    root.put("$ref", "#/definitions/" + WORKFLOW);
    root.set("definitions", definitions);
    return new ArgoSchema(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root));
  }

  /** Removes every {@code x-kubernetes-*} field, which the validator would report as an unknown keyword. */
  private static void withoutKubernetesAnnotations(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.propertyNames().stream().filter(n -> n.startsWith("x-kubernetes-")).toList().forEach(object::remove);
    }
    node.forEach(ArgoSchema::withoutKubernetesAnnotations);
  }

  /** The problems of a workflow tree, each as {@code location: message}; empty when it is a valid Workflow. */
  List<String> problems(Map<String, Object> workflow) {
    JsonNode node = JSON.valueToTree(workflow);
    List<Error> errors = schema.validate(node);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}

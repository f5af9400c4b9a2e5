package io.kfp4j.sdk.argo;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Argo's official JSON Schema (v3.7.18, draft 2020-12) for {@code Workflow}, checking compiled workflows.
 *
 * <p>One definition is widened to what the server really reads: Argo's generator writes Kubernetes'
 * {@code IntOrString} as {@code type: string}, but the type (as its name says, and as Kubernetes' own OpenAPI marks
 * with {@code x-kubernetes-int-or-string}) takes either, and KFP writes {@code retryStrategy.limit: 3} and
 * {@code backoff.factor: 2} as integers. Likewise {@code Quantity}: published as {@code type: string}, but
 * Kubernetes' {@code Quantity.UnmarshalJSON} parses an unquoted number too, and KFP 1.8.22 writes
 * {@code set_gpu_limit(2)} as {@code nvidia.com/gpu: 2}. Everything else is checked as published.
 */
public final class WorkflowSchema {
  static final String WORKFLOW = "#/definitions/io.argoproj.workflow.v1alpha1.Workflow";
  private static final String INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
  private static final String QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA = load();

  private WorkflowSchema() {}

  private static Schema load() {
    try {
      ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(Reference.file("argo/workflow-schema-v3.7.18.json")));
      if (!document.path("definitions").has("io.argoproj.workflow.v1alpha1.Workflow")) {
        throw new IllegalStateException("the Argo schema has no Workflow definition at " + WORKFLOW);
      }
      ObjectNode definitions = (ObjectNode) document.get("definitions");
      ObjectNode intOrString = JSON.createObjectNode();
      intOrString.putArray("type").add("string").add("integer");
      definitions.set(INT_OR_STRING, intOrString);
      ObjectNode quantity = JSON.createObjectNode();
      quantity.putArray("type").add("string").add("integer");
      definitions.set(QUANTITY, quantity);
      ObjectNode root = JSON.createObjectNode();
      root.put("$schema", document.path("$schema").asString());
      root.put("$ref", WORKFLOW);
      root.set("definitions", document.get("definitions"));
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The problems of a workflow tree, each as {@code location: message}; empty when it is valid. */
  public static List<String> problems(Map<String, Object> workflow) {
    JsonNode node = JSON.valueToTree(workflow);
    List<Error> errors = SCHEMA.validate(node);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  /** Fails with every problem when the workflow is not a valid Argo Workflow. */
  public static void check(Map<String, Object> workflow) {
    List<String> problems = problems(workflow);
    if (!problems.isEmpty()) {
      throw new AssertionError("the workflow is not valid against Argo's schema:\n  " + String.join("\n  ", problems));
    }
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.util.List;

/**
 * What the tests compile, always as the whole text the compiler writes ({@code toYaml}, {@code componentYaml}) and
 * parsed strictly by {@link StrictPipelineSpec} (the spec, and the {@code platforms} document when there is one).
 */
final class Compiled {
  private Compiled() {}

  /** The pipeline's spec, from its compiled text checked strictly. */
  static ObjectNode spec(PipelineGraph graph) {
    return (ObjectNode) StrictPipelineSpec.check(PipelineSpecCompiler.toYaml(graph)).get(0);
  }

  /** The pipeline's platforms document, from its compiled text checked strictly, or an empty object without one. */
  static ObjectNode platforms(PipelineGraph graph) {
    List<JsonNode> docs = StrictPipelineSpec.check(PipelineSpecCompiler.toYaml(graph));
    return docs.size() > 1 ? (ObjectNode) docs.get(1) : JsonNodeFactory.instance.objectNode();
  }

  /** A component compiled by itself (KFP v2 component YAML), checked strictly. */
  static ObjectNode component(LoadedComponent component) {
    return (ObjectNode) StrictPipelineSpec.check(PipelineSpecCompiler.componentYaml(component)).get(0);
  }
}

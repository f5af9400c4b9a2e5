package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The parts of a compiled spec, put together in the order of KFP's fields.
 *
 * @param pipelineInfo {@code pipelineInfo}
 * @param root {@code root}
 * @param components {@code components}, possibly empty
 * @param executors {@code deploymentSpec.executors}, possibly empty
 * @param pipelineRoot {@code defaultPipelineRoot}, or {@code null}
 */
record SpecParts(ObjectNode pipelineInfo, ObjectNode root, ObjectNode components, ObjectNode executors,
    String pipelineRoot) {

  /** The whole spec, keys sorted. */
  ObjectNode toSpec() {
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    if (!components.isEmpty()) {
      spec.set("components", components);
    }
    if (!executors.isEmpty()) {
      spec.putObject("deploymentSpec").set("executors", executors);
    }
    if (pipelineRoot != null) {
      spec.put("defaultPipelineRoot", pipelineRoot);
    }
    spec.set("pipelineInfo", pipelineInfo);
    spec.set("root", root);
    spec.put("schemaVersion", "2.1.0");
    spec.put("sdkVersion", PipelineSpecCompiler.SDK_VERSION);
    return SortedKeys.sorted(spec);
  }
}

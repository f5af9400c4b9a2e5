package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ComponentDefinition;

/** Small v1 components for building tasks with Kubernetes settings in tests. */
final class K8sTestPipelines {
  private K8sTestPipelines() {}

  /** A component with no inputs or outputs. */
  static ComponentDefinition plain(String name) {
    return ComponentDefinition.fromText("name: " + name + "\nimplementation:\n  container:\n    image: python:3.11\n"
        + "    command: [sh, -c, 'true']\n");
  }

  /** A component with one text output. */
  static ComponentDefinition producing(String name, String output) {
    return ComponentDefinition.fromText("name: " + name + "\noutputs:\n- {name: " + output + ", type: String}\n"
        + "implementation:\n  container:\n    image: python:3.11\n    command: [sh, -c, 'echo x > $0', {outputPath: "
        + output + "}]\n");
  }
}

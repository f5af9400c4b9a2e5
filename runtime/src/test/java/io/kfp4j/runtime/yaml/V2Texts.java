package io.kfp4j.runtime.yaml;

/** Small KFP v2 component files written inline for tests. */
final class V2Texts {
  private V2Texts() {}

  /**
   * A component file with one component {@code comp-c} run by executor {@code exec-c}.
   *
   * @param parameters the lines under {@code inputDefinitions.parameters}, indented eight spaces
   * @param args the container's args as a YAML flow list
   */
  static String component(String parameters, String args) {
    return "components:\n"
        + "  comp-c:\n"
        + "    executorLabel: exec-c\n"
        + "    inputDefinitions:\n"
        + "      parameters:\n"
        + parameters
        + "deploymentSpec:\n"
        + "  executors:\n"
        + "    exec-c:\n"
        + "      container:\n"
        + "        image: alpine\n"
        + "        command: [sh, -c]\n"
        + "        args: " + args + "\n"
        + "pipelineInfo:\n"
        + "  name: c\n"
        + "root:\n"
        + "  dag:\n"
        + "    tasks:\n"
        + "      c:\n"
        + "        componentRef: {name: comp-c}\n"
        + "        taskInfo: {name: c}\n"
        + "schemaVersion: 2.1.0\n"
        + "sdkVersion: kfp-2.14.6\n";
  }
}

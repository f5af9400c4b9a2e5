package io.kfp4j.sdk.local;

import io.kfp4j.sdk.ComponentDefinition;

/** Components written as shell scripts, for tests that run pipelines for real (shared through the test jar). */
public final class ShellComponents {
  private ShellComponents() {}

  /**
   * {@code sh -ec SCRIPT} in an image, with the inputs and output paths as {@code $0}, {@code $1}, ... in the order
   * given. Names starting with {@code >} are outputs (their path is passed), names starting with {@code <} are file
   * inputs (their path is passed), the others are value inputs.
   */
  public static ComponentDefinition shell(String image, String name, String script, String... parameters) {
    StringBuilder inputs = new StringBuilder();
    StringBuilder outputs = new StringBuilder();
    StringBuilder args = new StringBuilder();
    for (String p : parameters) {
      if (p.startsWith(">")) {
        outputs.append("- {name: ").append(p.substring(1)).append("}\n");
        args.append("    - {outputPath: ").append(p.substring(1)).append("}\n");
      } else if (p.startsWith("<")) {
        inputs.append("- {name: ").append(p.substring(1)).append("}\n");
        args.append("    - {inputPath: ").append(p.substring(1)).append("}\n");
      } else {
        inputs.append("- {name: ").append(p).append("}\n");
        args.append("    - {inputValue: ").append(p).append("}\n");
      }
    }
    String yaml = "name: " + name + "\n"
        + (inputs.length() > 0 ? "inputs:\n" + inputs : "")
        + (outputs.length() > 0 ? "outputs:\n" + outputs : "")
        + "implementation:\n  container:\n    image: " + image + "\n    command:\n    - sh\n    - -ec\n    - |\n"
        + script.indent(6)
        + (args.length() > 0 ? "    args:\n" + args : "");
    return ComponentDefinition.fromText(yaml);
  }
}

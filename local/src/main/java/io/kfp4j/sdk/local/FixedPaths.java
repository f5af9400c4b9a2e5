package io.kfp4j.sdk.local;

import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.sdk.ir.TaskNode;
import java.util.Map;
import java.util.Set;

/**
 * Files a container reads or writes at paths fixed in its image (KFP's {@code file_outputs} and a raw container's
 * {@code artifact_argument_paths}), which the engine cannot give each task instance its own copy of: it lays out
 * every input and output file under the run's folder and tells the program where through its command line.
 */
final class FixedPaths {
  private FixedPaths() {}

  /** Why the task cannot run here, naming the file and the fix, or {@code null} when it can. */
  static String refusal(TaskNode node) {
    ContainerSpec container = node.component().spec().container().orElse(null);
    if (container == null) {
      return null;
    }
    var fixedOutput = container.fileOutputs().entrySet().stream().findFirst();
    if (fixedOutput.isPresent()) {
      Map.Entry<String, String> output = fixedOutput.get();
      return "writes output \"" + output.getKey() + "\" at the fixed path " + output.getValue() + " (file_outputs),"
          + " which the local engine cannot collect per task; name the path on its command line instead"
          + " (ContainerOp.outputPath(\"" + output.getKey() + "\"), or an outputPath placeholder in a component), or"
          + " replace the task with a test double (LocalRunner.withDouble)";
    }
    if (node.rawContainer() != null) {
      Set<String> named = container.inputPathNames();
      for (Map.Entry<String, String> input : node.rawContainer().inputPaths().entrySet()) {
        if (!named.contains(input.getKey())) {
          return "reads input \"" + input.getKey() + "\" at the fixed path " + input.getValue() + " without naming it"
              + " on its command line (artifactArgument), which the local engine cannot place per task; put the"
              + " InputArgumentPath among its command or arguments instead";
        }
      }
    }
    return null;
  }
}

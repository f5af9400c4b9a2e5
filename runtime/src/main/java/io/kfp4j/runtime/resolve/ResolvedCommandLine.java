package io.kfp4j.runtime.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A container's command line with every placeholder resolved, and what the resolution used.
 *
 * @param command the resolved {@code command}
 * @param args the resolved {@code args}
 * @param inputPaths input name to path, for each input read through {@code inputPath}, in the order met
 * @param outputPaths output name to path: the {@code fileOutputs} entries (in output order), then each output
 *     met through {@code outputPath}
 * @param inputsConsumedByValue input name to value, for each input read through {@code inputValue} (also as an
 *     {@code if} condition), in the order met
 */
public record ResolvedCommandLine(
    List<String> command,
    List<String> args,
    Map<String, String> inputPaths,
    Map<String, String> outputPaths,
    Map<String, String> inputsConsumedByValue) {

  public ResolvedCommandLine {
    command = List.copyOf(command);
    args = List.copyOf(args);
    inputPaths = frozen(inputPaths);
    outputPaths = frozen(outputPaths);
    inputsConsumedByValue = frozen(inputsConsumedByValue);
  }

  /** The command followed by the arguments: the full process command line. */
  public List<String> commandLine() {
    List<String> all = new ArrayList<>(command);
    all.addAll(args);
    return Collections.unmodifiableList(all);
  }

  private static Map<String, String> frozen(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}

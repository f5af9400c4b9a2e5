package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.SettingValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a raw container task (KFP's {@code dsl.ContainerOp}) holds besides the component generated for it: whether it
 * was given a command and arguments at all (KFP writes neither key when absent, where a component task writes an
 * empty list), the fixed paths of its file inputs, and the files it leaves as artifacts only.
 *
 * @param image the image when given at run time ({@code busybox:<tag parameter>}), or {@code null} when the generated
 *     component's image is the image
 * @param hasCommand whether a command was given
 * @param hasArgs whether arguments were given
 * @param inputPaths input name to the fixed path where the container reads that file input ({@code
 *     InputArgumentPath}); an input here is passed as a file even when the command line does not name it
 * @param outputArtifacts artifact name to the path the container writes, kept as an artifact under exactly that
 *     name (KFP's {@code output_artifact_paths}); not readable by later tasks
 */
public record RawContainer(SettingValue image, boolean hasCommand, boolean hasArgs, Map<String, String> inputPaths,
    Map<String, String> outputArtifacts) {
  public RawContainer {
    inputPaths = copy(inputPaths);
    outputArtifacts = copy(outputArtifacts);
  }

  private static Map<String, String> copy(Map<String, String> map) {
    Map<String, String> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "path of " + k)));
    return Collections.unmodifiableMap(copy);
  }
}

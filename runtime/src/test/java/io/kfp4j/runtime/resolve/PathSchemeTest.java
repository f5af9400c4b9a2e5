package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.inPath;
import static io.kfp4j.runtime.resolve.TestSpecs.outPath;
import static io.kfp4j.runtime.resolve.TestSpecs.output;
import static io.kfp4j.runtime.resolve.TestSpecs.required;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathSchemeTest {

  private static final ComponentSpec EXPORT = ComponentSpec.of("Export", null,
      List.of(required("Model export path")), List.of(output("Exported model")),
      ContainerSpec.of("alpine", List.of(), List.of(inPath("Model export path"), outPath("Exported model"))));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Model export path|Model_export_path",
      "a/b  c|a_b_c",
      "x--y_z.1|x--y_z.1",
      "***|_",
      "über résumé|_ber_r_sum_",
      "data (v2)!|data_v2_",
  })
  void sanitizeFileNameReplacesEachRunOfOtherCharactersWithOneUnderscore(String name, String sanitized) {
    assertEquals(sanitized, PathScheme.sanitizeFileName(name));
  }

  @Test
  void kfpPathsUseSanitizedNamesUnderTmp() {
    assertEquals("/tmp/inputs/Model_export_path/data", PathScheme.KFP.inputPath("Model export path"));
    assertEquals("/tmp/outputs/Output/data", PathScheme.KFP.outputPath("Output"));
  }

  @Test
  void resolvedMapsKeepTheSpecNamesAndTheSanitizedPaths() {
    var resolved = CommandLineResolver.resolve(EXPORT, Map.of("Model export path", "{{inputs.artifacts.m}}"));
    assertEquals(List.of("/tmp/inputs/Model_export_path/data", "/tmp/outputs/Exported_model/data"), resolved.args());
    assertEquals(Map.of("Model export path", "/tmp/inputs/Model_export_path/data"), resolved.inputPaths());
    assertEquals(Map.of("Exported model", "/tmp/outputs/Exported_model/data"), resolved.outputPaths());
  }

  @Test
  void customPathScheme() {
    PathScheme local = new PathScheme() {
      @Override
      public String inputPath(String inputName) {
        return "/work/task-1/in/" + inputName;
      }

      @Override
      public String outputPath(String outputName) {
        return "/work/task-1/out/" + outputName;
      }
    };
    var resolved = CommandLineResolver.resolve(EXPORT, Map.of("Model export path", "/data/model"), local);
    assertEquals(List.of("/work/task-1/in/Model export path", "/work/task-1/out/Exported model"), resolved.args());
    assertEquals(Map.of("Model export path", "/work/task-1/in/Model export path"), resolved.inputPaths());
    assertEquals(Map.of("Exported model", "/work/task-1/out/Exported model"), resolved.outputPaths());
  }

  @Test
  void kfpLayoutUnderALocalDirectory(@TempDir Path directory) {
    var resolved = CommandLineResolver.resolve(
        EXPORT, Map.of("Model export path", "/data/model"), PathScheme.under(directory));
    assertEquals(List.of(
        directory.resolve("inputs").resolve("Model_export_path").resolve("data").toString(),
        directory.resolve("outputs").resolve("Exported_model").resolve("data").toString()), resolved.args());
  }

  @Test
  void underTheFileSystemRootAddsNoDoubleSeparator() {
    Path root = Path.of("/");
    assertEquals(root.resolve("inputs").resolve("a_b").resolve("data").toString(),
        PathScheme.under(root).inputPath("a b"));
    assertEquals(root.resolve("outputs").resolve("x").resolve("data").toString(),
        PathScheme.under(root).outputPath("x"));
  }
}

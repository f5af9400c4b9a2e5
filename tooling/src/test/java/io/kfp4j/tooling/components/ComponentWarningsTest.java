package io.kfp4j.tooling.components;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.yaml.LoadedComponent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of warning of {@code components validate} is placed at its file:line:column, as problems are. */
class ComponentWarningsTest {
  /** One warning of each kind a v1 spec can give, one of them inside a graph task's inline spec. */
  private static final String SPEC = """
      name: Warned
      inputs:
      - {name: n, type: Integer, default: x}
      - {name: ok, type: Integer, default: '3'}
      implementation:
        graph:
          tasks:
            inner:
              componentRef:
                spec:
                  name: Inner
                  implementation:
                    container:
                      image: alpine
                      image: alpine:3
                      command: [echo, {executorInput: null}]
      """;

  @TempDir
  Path dir;

  private static List<String> warnings(String fileOrUrl) {
    LoadedComponent component = ComponentFiles.load(fileOrUrl, false);
    return ComponentFiles.warnings(fileOrUrl, component);
  }

  @Test
  void aDuplicateKeyAV2OnlyPlaceholderAndABadDefaultEachNameTheirLineAndColumn() throws Exception {
    String file = Files.writeString(dir.resolve("warned.yaml"), SPEC).toString();
    String inner = "implementation.graph.tasks.inner.componentRef.spec.implementation.container";
    assertEquals(List.of(
        file + ":15:17: " + inner + ".image: warning: duplicate key \"image\" at lines 14 and 15: KFP keeps the last"
            + " value (line 15), and so does kfp4j; remove the other one (strict mode refuses this)",
        file + ":16:33: " + inner + ".command[1]: warning: runs on KFP v2 only: executorInput is filled in by KFP"
            + " v2's launcher; compile the pipelines that use it for the v2 target (the Argo target and the embedded"
            + " engine refuse it)",
        file + ":3:37: inputs[0].default: warning: default \"x\" of input \"n\" is not a valid Integer; KFP loads it,"
            + " but a task that leaves \"n\" unset fails when it runs; give a default that is a valid Integer, or"
            + " none"), warnings(file));
  }

  @Test
  void aZipsWarningsNameTheZipAndTheLineInItsComponentYaml() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("component.yaml"));
      zip.write("name: Z\ninputs:\n- {name: f, type: Float, default: fast}\n".getBytes(StandardCharsets.UTF_8));
    }
    String file = Files.write(dir.resolve("z.zip"), bytes.toByteArray()).toString();
    assertEquals(List.of(file + ":3:35: inputs[0].default: warning: default \"fast\" of input \"f\" is not a valid"
        + " Float; KFP loads it, but a task that leaves \"f\" unset fails when it runs; give a default that is a valid"
        + " Float, or none"), warnings(file));
  }

  @Test
  void aCleanComponentHasNoWarnings() throws Exception {
    String file = Files.writeString(dir.resolve("clean.yaml"), SPEC.replace("default: x", "default: '1'")
        .replace("image: alpine\n" + " ".repeat(16), "").replace("{executorInput: null}", "hello")).toString();
    assertEquals(List.of(), warnings(file));
  }
}

package io.kfp4j.sdk.argo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.sdk.ComponentDefinition;
import io.kfp4j.sdk.ComponentTask;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Pipelines;
import io.kfp4j.sdk.Value;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow's metadata, determinism and the files the compiler writes. */
class CompilerTest {
  private static final String ADD = "kfp-sdk-outputs/add_pipeline.yaml";
  private final Map<String, Object> golden = Goldens.load(ADD);
  private final ComponentDefinition add = Goldens.component(golden, "add");

  private PipelineGraph addition(String bDefault) {
    return Pipelines.builder("Addition pipeline")
        .description("An example pipeline that performs addition calculations.")
        .build(p -> {
          Param<Object> a = p.param("a", Object.class, "1");
          Param<Object> b = p.param("b", Object.class, bDefault);
          ComponentTask first = add.task(Map.of("a", a, "b", Value.of(4)));
          add.task(Map.of("a", first.output(), "b", b));
        });
  }

  /** Python's {@code datetime.isoformat()}: microseconds only when not zero, fields padded. */
  @Test
  void compilationTimeIsPythonsIsoFormat() {
    assertEquals("2026-01-02T03:04:05.123456", Compiler.isoTime(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789)));
    assertEquals("0999-12-31T23:59:00", Compiler.isoTime(LocalDateTime.of(999, 12, 31, 23, 59, 0, 999)));
    assertEquals("2026-10-20T10:00:09.000001", Compiler.isoTime(LocalDateTime.of(2026, 10, 20, 10, 0, 9, 1_000)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void metadataIsKfps() {
    Map<String, Object> workflow = Goldens.compileChecked(addition("7"));
    Map<String, Object> metadata = (Map<String, Object>) workflow.get("metadata");
    Map<String, Object> expected = (Map<String, Object>) golden.get("metadata");
    assertEquals("addition-pipeline-", metadata.get("generateName"));
    assertEquals(expected.get("labels"), metadata.get("labels"));
    Map<String, Object> annotations = (Map<String, Object>) metadata.get("annotations");
    Map<String, Object> expectedAnnotations = (Map<String, Object>) expected.get("annotations");
    assertEquals(expectedAnnotations.get("pipelines.kubeflow.org/pipeline_spec"),
        annotations.get("pipelines.kubeflow.org/pipeline_spec"));
    assertEquals("1.8.22", annotations.get("pipelines.kubeflow.org/kfp_sdk_version"));
    assertEquals("2026-01-02T03:04:05.123456", annotations.get("pipelines.kubeflow.org/pipeline_compilation_time"));
    for (String name : List.of("add", "add-2")) {
      Map<String, Object> mine = templateMetadata(workflow, name);
      Map<String, Object> theirs = templateMetadata(golden, name);
      assertEquals(theirs.get("labels"), mine.get("labels"));
      Map<String, Object> a = (Map<String, Object>) mine.get("annotations");
      Map<String, Object> b = (Map<String, Object>) theirs.get("annotations");
      for (String key : List.of("pipelines.kubeflow.org/component_spec", "pipelines.kubeflow.org/arguments.parameters")) {
        assertEquals(b.get(key), a.get(key), key + " of " + name);
      }
    }
  }

  @Test
  void comparisonSeesDifferences() {
    List<String> differences = Goldens.differences(ADD, addition("8"));
    assertEquals(List.of("/spec/arguments/parameters[b]/value: expected 7 but was 8"), differences);
  }

  @Test
  void sameGraphSameBytes() {
    String first = WorkflowWriter.toYaml(Compiler.withClock(Goldens.FIXED).workflow(addition("7")));
    String second = WorkflowWriter.toYaml(Compiler.withClock(Goldens.FIXED).workflow(addition("7")));
    assertEquals(first, second);
  }

  @Test
  void writesYamlAndPackages(@TempDir Path dir) throws IOException {
    Compiler compiler = Compiler.withClock(Goldens.FIXED);
    String yaml = WorkflowWriter.toYaml(compiler.workflow(addition("7")));
    for (String name : List.of("out/p.yaml", "p.yml")) {
      compiler.write(addition("7"), dir.resolve(name));
      assertEquals(yaml, Files.readString(dir.resolve(name)));
    }
    compiler.write(addition("7"), dir.resolve("p.zip"));
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(dir.resolve("p.zip")))) {
      ZipEntry entry = zip.getNextEntry();
      assertEquals("pipeline.yaml", entry.getName());
      assertEquals(yaml, new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(null, zip.getNextEntry());
    }
    for (String name : List.of("p.tar.gz", "p.tgz")) {
      compiler.write(addition("7"), dir.resolve(name));
      byte[] tar = new GZIPInputStream(Files.newInputStream(dir.resolve(name))).readAllBytes();
      assertEquals(0, tar.length % 10240);
      assertEquals("pipeline.yaml", new String(tar, 0, 13, StandardCharsets.US_ASCII));
      int size = Integer.parseInt(new String(tar, 124, 11, StandardCharsets.US_ASCII), 8);
      assertEquals(yaml, new String(tar, 512, size, StandardCharsets.UTF_8));
      assertTrue(checksumOk(tar));
    }
    byte[] once = Files.readAllBytes(dir.resolve("p.zip"));
    compiler.write(addition("7"), dir.resolve("p.zip"));
    assertArrayEquals(once, Files.readAllBytes(dir.resolve("p.zip")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Compiler.compile(addition("7"), dir.resolve("p.json")));
    assertTrue(e.getMessage().contains(".yaml, .yml, .zip, .tar.gz or .tgz"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("p.json")));
  }

  @Test
  @SuppressWarnings("unchecked")
  void pipelineRootBecomesAParameter() {
    PipelineGraph graph = Pipelines.builder("rooted").pipelineRoot("gs://bucket/root")
        .build(p -> add.task(Map.of("a", Value.of(1), "b", Value.of(2))));
    Map<String, Object> workflow = Goldens.compileChecked(graph);
    Map<String, Object> spec = (Map<String, Object>) workflow.get("spec");
    assertEquals(Map.of("parameters", List.of(Map.of("name", "pipeline-root", "value", "gs://bucket/root"))),
        spec.get("arguments"));
  }

  private static boolean checksumOk(byte[] tar) {
    long sum = 0;
    for (int i = 0; i < 512; i++) {
      sum += i >= 148 && i < 156 ? ' ' : tar[i] & 0xff;
    }
    return sum == Long.parseLong(new String(tar, 148, 6, StandardCharsets.US_ASCII), 8);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> templateMetadata(Map<String, Object> workflow, String name) {
    for (Object t : (List<Object>) ((Map<String, Object>) workflow.get("spec")).get("templates")) {
      Map<String, Object> template = (Map<String, Object>) t;
      if (name.equals(template.get("name"))) {
        return (Map<String, Object>) template.get("metadata");
      }
    }
    throw new AssertionError("no template " + name);
  }

}

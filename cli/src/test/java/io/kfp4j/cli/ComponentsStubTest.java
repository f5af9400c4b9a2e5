package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j components stub} writes the typed stub sources and the spec resources. */
class ComponentsStubTest {

  @Test
  void writesTheStubOfTheSeedsAddComponent(@TempDir Path out) throws IOException {
    CliRun run = CliRun.run("components", "stub", Reference.arg("kfp-sdk-outputs/add.component.yaml"),
        "--package", "com.example.stubs", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("wrote 1 stub of package com.example.stubs to " + out), run.describe());
    Path op = out.resolve("com/example/stubs/AddOp.java");
    assertTrue(Files.isRegularFile(op), "no AddOp.java in " + list(out));
    String source = Files.readString(op);
    assertTrue(source.contains("public static AddTask add(Source<Double> a, Source<Double> b)"), source);
    byte[] original = Files.readAllBytes(Reference.file("kfp-sdk-outputs/add.component.yaml"));
    List<Path> specs = list(out).stream().filter(p -> p.toString().endsWith(".component.yaml")).toList();
    assertEquals(1, specs.size(), list(out)::toString);
    assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(specs.get(0))), "the spec is stored unchanged");
  }

  @Test
  void aMalformedFileIsReportedWithItsPlaces(@TempDir Path out) {
    String bad = Reference.arg("kfp-components/contrib__samples__openvino__deployer__component.yaml");
    CliRun run = CliRun.run("components", "stub", bad, "--package", "p", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains(":28:1: metrics: unknown key \"metrics\""), run.describe());
  }

  @Test
  void badPackageIsAUsageError(@TempDir Path out) {
    CliRun run = CliRun.run("components", "stub", Reference.arg("kfp-sdk-outputs/add.component.yaml"),
        "--package", "not a package", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.describe());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}

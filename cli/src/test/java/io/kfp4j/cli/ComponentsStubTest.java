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
    assertTrue(source.contains("public static AddOp add(Source<Double> a, Source<Double> b)"), source);
    byte[] original = Files.readAllBytes(Reference.file("kfp-sdk-outputs/add.component.yaml"));
    List<Path> specs = list(out).stream().filter(p -> p.toString().endsWith(".component.yaml")).toList();
    assertEquals(1, specs.size(), list(out)::toString);
    assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(specs.get(0))), "the spec is stored unchanged");
  }

  /** Maven copies only src/main/resources onto the class path, where a stub loads its spec from. */
  @Test
  void intoAMavenSourceFolderTheSpecsGoToItsResourcesFolder(@TempDir Path project) throws IOException {
    Path sources = project.resolve("src/main/java");
    CliRun run = CliRun.run("components", "stub", Reference.arg("kfp-sdk-outputs/add.component.yaml"),
        "--package", "com.example.stubs", "--out", sources.toString());
    assertEquals(0, run.exitCode(), run.describe());
    Path resources = project.resolve("src/main/resources");
    assertEquals("wrote 1 stub of package com.example.stubs to " + sources + ", their specs to " + resources,
        run.out().strip());
    assertTrue(Files.isRegularFile(sources.resolve("com/example/stubs/AddOp.java")), list(project)::toString);
    assertTrue(Files.isRegularFile(resources.resolve("META-INF/kfp4j/stubs/com.example.stubs/add.component.yaml")),
        list(project)::toString);
    assertTrue(list(sources).stream().noneMatch(p -> p.toString().endsWith(".yaml")), list(sources)::toString);
    Path testSources = project.resolve("src/test/java");
    CliRun test = CliRun.run("components", "stub", Reference.arg("kfp-sdk-outputs/add.component.yaml"),
        "--package", "com.example.stubs", "--out", testSources.toString());
    assertEquals(0, test.exitCode(), test.describe());
    assertTrue(Files.isRegularFile(project.resolve(
        "src/test/resources/META-INF/kfp4j/stubs/com.example.stubs/add.component.yaml")), list(project)::toString);
  }

  @Test
  void aMalformedFileIsReportedWithItsPlaces(@TempDir Path out) {
    String bad = Reference.arg("kfp-components/contrib__samples__openvino__deployer__component.yaml");
    CliRun run = CliRun.run("components", "stub", bad, "--package", "p", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains(":28:1: metrics: unknown key \"metrics\""), run.describe());
  }

  @Test
  void aKeyGivenTwiceIsAWarningAndRefusedWithStrict(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("twice.yaml");
    Files.writeString(file, String.join("\n", "name: Twice", "implementation:", "  container:",
        "    image: busybox:1", "    command: [echo, hi]", "    image: busybox:2", ""));
    CliRun lenient = CliRun.run("components", "stub", file.toString(), "--package", "p", "--out",
        dir.resolve("out").toString());
    assertEquals(0, lenient.exitCode(), lenient.describe());
    assertEquals(List.of("warning: " + file + ":6:5: implementation.container.image: duplicate key \"image\" at lines"
        + " 4 and 6: KFP keeps the last value (line 6), and so does kfp4j; remove the other one (strict mode refuses"
        + " this)"), lenient.errLines());
    CliRun strict = CliRun.run("components", "stub", file.toString(), "--strict", "--package", "p", "--out",
        dir.resolve("strict").toString());
    assertEquals(1, strict.exitCode(), strict.describe());
    assertTrue(strict.err().contains(file + ":6:5: implementation.container.image: duplicate key \"image\" (first at"
        + " line 4, column 5); keep only one of them"), strict.describe());
  }

  @Test
  void badPackageIsAUsageError(@TempDir Path out) {
    CliRun run = CliRun.run("components", "stub", Reference.arg("kfp-sdk-outputs/add.component.yaml"),
        "--package", "not a package", "--out", out.toString());
    assertEquals(2, run.exitCode(), run.describe());
  }

  /** Two paths holding the same bytes (as most name clashes of the reference corpus do) make one stub. */
  @Test
  void identicalFilesMakeOneStubAndANoteNamingBoth(@TempDir Path dir) throws IOException {
    byte[] add = Files.readAllBytes(Reference.file(Reference.ADD));
    Path first = Files.createDirectories(dir.resolve("team-a")).resolve("component.yaml");
    Path second = Files.createDirectories(dir.resolve("team-b")).resolve("component.yaml");
    Files.write(first, add);
    Files.write(second, add);
    Path out = dir.resolve("out");
    CliRun run = CliRun.run("components", "stub", first.toString(), second.toString(), "--package", "com.example.stubs",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("note: " + second + " has the same bytes as " + first + ": one stub, com.example.stubs.AddOp, serves"
        + " both\n", run.err(), run.describe());
    assertTrue(run.out().startsWith("wrote 1 stub of package com.example.stubs to " + out), run.describe());
    assertTrue(Files.isRegularFile(out.resolve("com/example/stubs/AddOp.java")), list(out)::toString);
  }

  /** Two different files that would make the same class clash: the message names both. */
  @Test
  void differentFilesOfOneNameClashNamingBoth(@TempDir Path dir) throws IOException {
    String add = Files.readString(Reference.file(Reference.ADD));
    Path first = dir.resolve("add.yaml");
    Path second = dir.resolve("add-changed.yaml");
    Files.writeString(first, add);
    Files.writeString(second, add + "\n# changed\n");
    CliRun run = CliRun.run("components", "stub", first.toString(), second.toString(), "--package", "com.example.stubs",
        "--out", dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith(second + ": component \"Add\" would generate com.example.stubs.AddOp, as " + first
        + " does, and the two files differ; make stubs of them in different packages, or stub only one of them"),
        run.describe());
    assertTrue(run.out().contains("wrote 1 stub"), run.describe());
  }

  /**
   * The whole reference corpus (243 files): 69 files are byte-identical copies of another under a second path
   * (notes, one stub each pair), 14 are different files that would make the same class (problems).
   */
  @Test
  void theReferenceCorpusHasSeventyTwoDuplicatesAndFourteenClashes(@TempDir Path out) throws IOException {
    List<String> files;
    Path corpus = Reference.file(Reference.MALFORMED).getParent();
    try (Stream<Path> all = Files.list(corpus)) {
      files = all.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList();
    }
    List<String> args = new java.util.ArrayList<>(List.of("components", "stub"));
    args.addAll(files);
    args.addAll(List.of("--package", "com.example.corpus", "--out", out.toString()));
    CliRun run = CliRun.run(args.toArray(String[]::new));
    List<String> lines = run.err().lines().toList();
    assertEquals(72, lines.stream().filter(l -> l.startsWith("note: ") && l.contains(" has the same bytes as ")).count(),
        run.describe());
    assertEquals(14, lines.stream().filter(l -> l.contains(", and the two files differ;")).count(), run.describe());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}

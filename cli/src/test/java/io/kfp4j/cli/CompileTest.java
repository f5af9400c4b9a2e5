package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.tooling.project.ProjectRoot;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code kfp4j compile}, on the examples' compiled classes (examples/target/classes, built before this module),
 * which are not on the test classpath: the command loads them as it loads a user's project.
 */
class CompileTest {
  private static final String ADDITION = "addition-pipeline";
  private static final String ADDITION_CLASS = "io.kfp4j.examples.calc.AdditionPipeline";

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {ADDITION, "Addition Pipeline", ADDITION_CLASS,
      "io.kfp4j.examples.calc.SeedPipelines#additionPipeline"})
  void compilesTheAdditionPipelineToYaml(String pipeline) {
    Path file = dir.resolve("out/addition.yaml");
    CliRun run = compile(pipeline, "--classpath", examples(), "-o", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("compiled addition-pipeline (2 tasks) to " + file + "\n", run.out());
    assertEquals("", run.err());
    assertAdditionWorkflow(read(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"addition.zip", "addition.tar.gz", "addition.tgz", "ADDITION.YML"})
  void writesPackagesAndYmlByExtension(String name) throws IOException {
    Path file = dir.resolve(name);
    CliRun run = compile(ADDITION, "--classpath", examples(), "-o", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    String yaml;
    if (name.endsWith(".zip")) {
      yaml = onlyEntry(new ZipInputStream(Files.newInputStream(file)));
    } else if (name.endsWith("gz")) {
      yaml = onlyTarEntry(new GZIPInputStream(Files.newInputStream(file)));
    } else {
      yaml = read(file);
    }
    assertAdditionWorkflow(yaml);
  }

  @Test
  void listsThePipelines() throws IOException {
    CliRun run = compile("--list", "--classpath", examples());
    assertEquals(0, run.exitCode(), run.describe());
    List<String> lines = run.outLines();
    // one line per pipeline of the index, by name: "name  class", the names padded to one width
    assertEquals(indexedPipelines(), lines.stream().map(l -> l.substring(0, l.indexOf(' '))).toList(), run.describe());
    assertTrue(lines.stream().anyMatch(l -> l.matches(ADDITION + " +" + ADDITION_CLASS.replace(".", "\\."))),
        run.describe());
    assertEquals(1, lines.stream().map(l -> l.lastIndexOf(' ')).distinct().count(), "one column of classes: " + lines);
    assertEquals("", run.err());
  }

  /** The names of the examples' pipelines, from the index the processor wrote, sorted. */
  private static List<String> indexedPipelines() throws IOException {
    try (var files = Files.list(Path.of(examples(), "META-INF/kfp4j/pipelines"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void findsPipelinesInJarsAndFolderWildcards() throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    Path jar = jar(Path.of(examples()), lib.resolve("examples.jar"));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (String classpath : new String[] {jar.toString(), lib + File.separator + "*",
        empty + File.pathSeparator + jar}) {
      CliRun list = compile("--list", "--classpath", classpath);
      assertEquals(compile("--list", "--classpath", examples()).outLines(), list.outLines(), list.describe());
      Path file = dir.resolve("from-jar.yaml");
      CliRun run = compile(ADDITION, "--classpath", classpath, "-o", file.toString());
      assertEquals(0, run.exitCode(), run.describe());
      assertAdditionWorkflow(read(file));
    }
  }

  @Test
  void unknownPipelineListsThePipelinesFound() {
    Path file = dir.resolve("x.yaml");
    CliRun run = compile("subtraction-pipeline", "--classpath", examples(), "-o", file.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    List<String> lines = run.errLines();
    assertEquals("kfp4j: no pipeline \"subtraction-pipeline\" on --classpath " + examples()
        + "; the pipelines there:", lines.get(0));
    assertEquals(compile("--list", "--classpath", examples()).outLines().stream().map(l -> "  " + l).toList(),
        lines.subList(1, lines.size()));
    assertEquals("", run.out());
    assertFalse(Files.exists(file));
  }

  @Test
  void emptyClasspathSaysThatTheProjectNeedsTheProcessor() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("classes"));
    for (String classpath : new String[] {empty.toString(), ""}) {
      CliRun run = compile(ADDITION, "--classpath", classpath, "-o", dir.resolve("x.yaml").toString());
      assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
      assertEquals(1, run.errLines().size(), run.describe());
      assertTrue(run.err().startsWith("kfp4j: no pipeline \"addition-pipeline\": no pipelines found on "),
          run.describe());
      assertTrue(run.err().contains("compile the project with kfp4j-processor"), run.describe());

      CliRun list = compile("--list", "--classpath", classpath);
      assertEquals(0, list.exitCode(), list.describe());
      assertEquals("", list.out());
      assertTrue(list.err().contains("no pipelines found"), list.describe());
    }
  }

  @Test
  void missingClasspathEntryFails() {
    String missing = dir.resolve("no-such-classes").toString();
    CliRun run = compile(ADDITION, "--classpath", examples() + File.pathSeparator + missing, "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: classpath entry " + missing + " does not exist"), run.describe());
  }

  @Test
  void outsideAProjectTheDefaultClasspathIsTargetClassesAndKfp4jsOwn() throws IOException {
    // A folder outside any Maven project, without target/classes: the test classpath (kfp4j's own) has v2-only.
    Path outside = outsideAProject(dir);
    CliRun list = CliRun.in(outside, "compile", "--list");
    assertEquals(0, list.exitCode(), list.describe());
    assertEquals(List.of("v2-only  io.kfp4j.cli.PipelineFixtures$V2Only"), list.outLines());

    // with target/classes there, its pipelines come first
    copyFolder(Path.of(examples()), outside.resolve("target/classes"));
    CliRun both = CliRun.in(outside, "compile", "--list");
    assertEquals(0, both.exitCode(), both.describe());
    List<String> listed = both.outLines().stream().map(l -> l.replaceAll(" +", " ")).toList();
    assertEquals(indexedPipelines().size() + 1, listed.size(), both.describe());
    assertTrue(listed.contains("addition-pipeline " + ADDITION_CLASS), both.describe());
    assertTrue(listed.contains("v2-only io.kfp4j.cli.PipelineFixtures$V2Only"), both.describe());
  }

  @Test
  void compileErrorIsItsMessageWithoutAStackTrace() {
    Path file = dir.resolve("v2.yaml");
    CliRun run = CliRun.in(outsideAProject(dir), "compile", "v2-only", "-o", file.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(1, run.errLines().size(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: pipeline \"v2-only\", task \"needs-v2\": "), run.describe());
    assertTrue(run.err().contains("executorInput"), run.describe());
    assertFalse(Files.exists(file));
  }

  @Test
  void buildErrorIsItsMessageWithoutAStackTrace() {
    CliRun run = compile(PipelineFixtures.BadName.class.getName(), "--classpath", examples(), "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(1, run.errLines().size(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: pipeline name \"???\" has no letters or digits"), run.describe());
  }

  @Test
  void exceptionOfThePipelineMethodIsOneLineWithItsStackTraceOnRequest() {
    String name = PipelineFixtures.Throws.class.getName();
    CliRun run = compile(name, "--classpath", examples(), "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(List.of("kfp4j: pipeline \"throws\" (" + name + ") failed to build: IllegalStateException: the"
        + " database is down (add --stacktrace for the stack trace)"), run.errLines());

    CliRun traced = compile(name, "--classpath", examples(), "-o", "x.yaml", "--stacktrace");
    assertEquals(ExitCodes.FAILED, traced.exitCode(), traced.describe());
    assertTrue(traced.err().contains("\tat " + name + ".spec("), traced.describe());
  }

  @Test
  void pipelineIsBuiltWithTheProjectAsContextClassLoader() {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    Path file = dir.resolve("one.yaml");
    CliRun run = compile(PipelineFixtures.ContextLoader.class.getName(), "--classpath", examples(),
        "-o", file.toString());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("compiled context-loader (1 task) to " + file + "\n", run.out());
    assertSame(before, Thread.currentThread().getContextClassLoader());
  }

  @Test
  void classThatIsNotAPipelineFails() {
    CliRun run = compile("java.lang.String", "--classpath", examples(), "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(1, run.errLines().size(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: java.lang.String is not a pipeline: it has no public static spec()"),
        run.describe());

    CliRun owner = compile("io.kfp4j.examples.calc.SeedPipelines", "--classpath", examples(), "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, owner.exitCode(), owner.describe());
    assertTrue(owner.err().contains("give io.kfp4j.examples.calc.SeedPipelines#additionPipeline"), owner.describe());

    CliRun method = compile("io.kfp4j.examples.calc.SeedPipelines#subtraction", "--classpath", examples(),
        "-o", "x.yaml");
    assertEquals(ExitCodes.FAILED, method.exitCode(), method.describe());
    assertTrue(method.err().startsWith("kfp4j: io.kfp4j.examples.calc.SeedPipelines has no method subtraction"),
        method.describe());
  }

  @ParameterizedTest
  @ValueSource(strings = {"addition.json", "addition", "addition.tar"})
  void badExtensionFailsInOneLine(String name) {
    Path file = dir.resolve(name);
    CliRun run = compile(ADDITION, "--classpath", examples(), "-o", file.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(List.of("kfp4j: cannot write the pipeline to " + file + ": the file name must end with .yaml, .yml,"
        + " .zip, .tar.gz or .tgz"), run.errLines());
    assertFalse(Files.exists(file));
  }

  @Test
  void unwritableOutputFailsInOneLine() throws IOException {
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
    Path file = blocker.resolve("addition.yaml");
    CliRun run = compile(ADDITION, "--classpath", examples(), "-o", file.toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertEquals(List.of("kfp4j: cannot write the pipeline to " + file + ": " + blocker
        + " is a file, not a folder"), run.errLines());

    Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
    CliRun onFolder = compile(ADDITION, "--classpath", examples(), "-o", folder.toString());
    assertEquals(ExitCodes.FAILED, onFolder.exitCode(), onFolder.describe());
    assertEquals(1, onFolder.errLines().size(), onFolder.describe());
    assertTrue(onFolder.err().startsWith("kfp4j: cannot write the pipeline to " + folder + ": "), onFolder.describe());
  }

  @Test
  void missingOutputIsAUsageError() {
    CliRun run = compile(ADDITION, "--classpath", examples());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: Missing required option: '--output=FILE'"), run.describe());
    assertTrue(run.err().contains("Try 'kfp4j compile --help'"), run.describe());
    assertEquals("", run.out());
  }

  @Test
  void missingPipelineAndListWithArgumentsAreUsageErrors() {
    CliRun missing = compile("-o", "x.yaml");
    assertEquals(ExitCodes.USAGE, missing.exitCode(), missing.describe());
    assertTrue(missing.err().startsWith("kfp4j: Missing required parameter: 'PIPELINE'"), missing.describe());

    CliRun both = compile("--list", ADDITION);
    assertEquals(ExitCodes.USAGE, both.exitCode(), both.describe());
    assertTrue(both.err().startsWith("kfp4j: --list takes no PIPELINE"), both.describe());
  }

  @Test
  void helpDocumentsTheCommand() {
    CliRun run = compile("--help");
    assertEquals(0, run.exitCode(), run.describe());
    for (String text : new String[] {"PIPELINE", "--classpath", "--list", "-o, --output=FILE", ".tar.gz",
        "compiled NAME (N tasks) to FILE", "CLASS#method", "kfp4j-processor", "Examples", "Exit codes:"}) {
      assertTrue(run.out().contains(text), "help lacks \"" + text + "\":\n" + run.out());
    }
    assertTrue(CliRun.run("--help").out().contains("compile"), "top help lacks compile");
  }

  /** The examples' compiled classes, failing the test with directions when they are missing. */
  static String examples() {
    String explicit = System.getProperty("kfp4j.examplesClasses");
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    Path classes = explicit != null ? Path.of(explicit)
        : root != null ? Path.of(root, "examples", "target", "classes")
        : Path.of("..", "examples", "target", "classes");
    classes = classes.toAbsolutePath().normalize();
    if (!Files.isRegularFile(classes.resolve("META-INF/kfp4j/pipelines/" + ADDITION))) {
      fail("the examples' compiled classes (with the pipeline index META-INF/kfp4j/pipelines/" + ADDITION + ") are"
          + " missing from " + classes + "; build them first: mvn -o -q install -DskipTests in the repository root"
          + " (or pass -Dkfp4j.examplesClasses=DIR)");
    }
    return classes.toString();
  }

  /** A folder that no Maven project holds (a temporary folder), failing the test if one does. */
  static Path outsideAProject(Path dir) {
    Path outside = dir.toAbsolutePath().normalize();
    assertTrue(ProjectRoot.find(outside).isEmpty(), "the temporary folder " + outside + " is inside a Maven project"
        + " (a pom.xml above it); run the tests with java.io.tmpdir elsewhere");
    return outside;
  }

  /** Copies a folder's files into another, creating it. */
  static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static CliRun compile(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "compile";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(all);
  }

  @SuppressWarnings("unchecked")
  private static void assertAdditionWorkflow(String yaml) {
    Map<String, Object> workflow = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertEquals("Workflow", workflow.get("kind"));
    Map<String, Object> spec = (Map<String, Object>) workflow.get("spec");
    assertEquals(ADDITION, spec.get("entrypoint"));
    List<String> templates = new ArrayList<>();
    for (Object template : (List<Object>) spec.get("templates")) {
      templates.add((String) ((Map<String, Object>) template).get("name"));
    }
    assertEquals(List.of("add", "add-2", ADDITION), templates);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }

  private static String onlyEntry(ZipInputStream zip) throws IOException {
    try (zip) {
      ZipEntry entry = zip.getNextEntry();
      assertNotNull(entry, "empty zip");
      assertEquals("pipeline.yaml", entry.getName());
      String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
      assertNull(zip.getNextEntry(), "more than one entry");
      return text;
    }
  }

  /** The one file of a tar stream (ustar headers of 512 bytes, the size in octal at offset 124). */
  private static String onlyTarEntry(InputStream in) throws IOException {
    try (in) {
      byte[] all = in.readAllBytes();
      String name = new String(all, 0, 100, StandardCharsets.US_ASCII).replace("\0", "");
      assertEquals("pipeline.yaml", name);
      int size = Integer.parseInt(new String(all, 124, 11, StandardCharsets.US_ASCII).replace("\0", "").trim(), 8);
      int next = 512 + (size + 511) / 512 * 512;
      for (int i = next; i < Math.min(all.length, next + 512); i++) {
        assertEquals(0, all[i], "more than one entry");
      }
      return new String(all, 512, size, StandardCharsets.UTF_8);
    }
  }

  /** A jar of a folder's files, as a project's build makes one (without folder entries, the harder case). */
  private static Path jar(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(classes.relativize(path).toString().replace(File.separatorChar, '/')));
        zip.write(Files.readAllBytes(path));
        zip.closeEntry();
      }
    }
    return jar;
  }
}

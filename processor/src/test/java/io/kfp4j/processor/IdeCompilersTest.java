package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.internal.entry.EntryReference;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processors where IDEs run them: the Eclipse compiler (ecj, which Eclipse and VS Code's Java tooling use)
 * generates from the examples the same sources, specs and pipeline indexes as javac; and an incremental build that
 * recompiles one changed source file alone, with the other classes on the classpath and the old outputs in place
 * (as IDEs do), leaves every component, entry and pipeline findable.
 */
class IdeCompilersTest {
  private static final String PROCESSORS = String.join(",", StubProcessor.class.getName(),
      ComponentProcessor.class.getName(), PipelineProcessor.class.getName());

  @TempDir
  Path tmp;

  @Test
  void eclipseCompilerGeneratesWhatJavacGenerates() {
    Output javac = compile(ToolProvider.getSystemJavaCompiler(), tmp.resolve("javac"), sources(), List.of());
    Output ecj = compile(new EclipseCompiler(), tmp.resolve("ecj"), sources(), List.of());

    Map<String, String> javacFiles = javac.generated();
    assertTrue(javacFiles.keySet().stream().anyMatch(f -> f.startsWith("classes/META-INF/kfp4j/pipelines/")),
        javacFiles.keySet().toString());
    assertTrue(javacFiles.keySet().stream().anyMatch(f -> f.startsWith("classes/META-INF/kfp4j/components/")));
    assertTrue(javacFiles.keySet().stream().noneMatch(f -> f.startsWith("classes/META-INF/kfp4j/entries/")));
    assertTrue(javacFiles.keySet().contains("sources/io/kfp4j/examples/calc/CalcOps.java"),
        javacFiles.keySet().toString());
    Map<String, String> ecjFiles = ecj.generated();
    assertEquals(javacFiles.keySet(), ecjFiles.keySet(), "ecj and javac generate different files");
    for (String file : javacFiles.keySet()) {
      assertEquals(javacFiles.get(file), ecjFiles.get(file), "ecj and javac generate different " + file);
    }
  }

  /**
   * With javac. (ecj's batch compiler, unlike Eclipse's own incremental builder, refuses to generate a source whose
   * type the classpath already holds, "Source file already exists": a batch rebuild with old outputs on the
   * classpath is not how Eclipse builds; the error it gives is tested below.)
   */
  @ParameterizedTest
  @ValueSource(strings = {"Calc.java", "SeedPipelines.java"})
  void recompilingOneChangedFileAloneKeepsEveryIndexEntry(String name) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path dir = tmp.resolve("javac");
    Output full = compile(compiler, dir, sources(), List.of());
    Map<String, String> before = full.generated();

    compile(compiler, dir, List.of(edited(name)), List.of(dir.resolve("classes")));

    Map<String, String> after = full.generated();
    for (Map.Entry<String, String> file : before.entrySet()) {
      if (file.getKey().startsWith("classes/META-INF/")) {
        assertEquals(file.getValue(), after.get(file.getKey()), file.getKey() + " changed or went missing");
      }
    }
    // every pipeline index names a class that is there, and every component's command an entry that loads
    int entries = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
        IdeCompilersTest.class.getClassLoader())) {
      for (Map.Entry<String, String> file : after.entrySet()) {
        String key = file.getKey();
        if (key.startsWith("classes/META-INF/kfp4j/pipelines/")) {
          // a pipeline index has a line "<generated class> <Owner>#<method>" a pipeline
          String className = file.getValue().strip().split("\\s+")[0];
          Path classFile = dir.resolve("classes").resolve(className.replace('.', '/') + ".class");
          assertTrue(Files.isRegularFile(classFile), key + " names " + className + ", which has no class file");
        }
        if (key.startsWith("classes/META-INF/kfp4j/components/")) {
          ComponentSpec spec = ComponentLoader.standard().fromText(file.getValue()).spec();
          String reference = LauncherCommand.entryOf(spec);
          assertEquals(spec.name(), EntryReference.parse(reference).load(loader).componentName(), key);
          entries++;
        }
      }
    }
    assertTrue(entries >= 7, "components found: " + entries);
  }

  /**
   * ecj's batch compiler, given one changed file with an earlier build's classes on the classpath, refuses to generate
   * them again; the error says so and how to build instead (a user would otherwise rename classes in vain).
   */
  @ParameterizedTest
  @ValueSource(strings = {"Calc.java", "SeedPipelines.java"})
  void eclipseBatchCompilerWithOldClassesOnTheClasspathSaysHowToBuild(String name) throws IOException {
    Path dir = tmp.resolve("ecj");
    compile(new EclipseCompiler(), dir, sources(), List.of());

    StringWriter log = new StringWriter();
    boolean ok = call(new EclipseCompiler(), dir, List.of(edited(name)), List.of(dir.resolve("classes")), log);

    assertFalse(ok, log.toString());
    assertTrue(log.toString().contains("Source file already exists : io.kfp4j.examples.calc."), log.toString());
    assertTrue(log.toString().contains("; either a class of that name is in this compilation (rename one of them),"
        + " or an earlier build's is on the classpath, which Eclipse's batch compiler (ecj) does not generate again"
        + " (delete the old class output, as mvn clean does, and compile all sources again)"), log.toString());
  }

  /** A copy of an example's source of the calc package with a method added, as an edit in an IDE. */
  private Path edited(String name) throws IOException {
    Path changed = tmp.resolve("changed/io/kfp4j/examples/calc/" + name);
    Path original = TestSupport.projectRoot().resolve("examples/src/main/java/io/kfp4j/examples/calc/" + name);
    Files.createDirectories(changed.getParent());
    String text = Files.readString(original);
    int end = text.lastIndexOf('}');
    Files.writeString(changed, text.substring(0, end) + "\n  // edited in an IDE\n  static int edited() {"
        + " return 1; }\n}\n");
    return changed;
  }

  /** The examples' sources as {@link TestSupport#exampleSources} lists them. */
  private static List<Path> sources() {
    return TestSupport.exampleSources().stream().map(source -> Path.of(source.toUri())).toList();
  }

  /** What a compilation wrote into its folder: classes (and resources) and generated sources. */
  private record Output(Path dir) {
    /** The files, but class files, by path relative to the folder, with their text. */
    Map<String, String> generated() {
      Map<String, String> files = new TreeMap<>();
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path file : all.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".class")).toList()) {
          files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return files;
    }
  }

  private static Output compile(JavaCompiler compiler, Path dir, List<Path> sources, List<Path> extraClasspath) {
    StringWriter log = new StringWriter();
    assertTrue(call(compiler, dir, sources, extraClasspath, log),
        compiler.getClass().getSimpleName() + " failed:\n" + log);
    return new Output(dir);
  }

  /** Compiles into {@code dir}'s classes and sources folders; whether the compiler succeeded. */
  private static boolean call(JavaCompiler compiler, Path dir, List<Path> sources, List<Path> extraClasspath,
      StringWriter log) {
    try {
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("sources"));
      List<String> classpath = new ArrayList<>();
      extraClasspath.forEach(p -> classpath.add(p.toString()));
      classpath.add(System.getProperty("java.class.path"));
      List<String> options = List.of("--release", "17", "-encoding", "UTF-8",
          "-d", classes.toString(), "-s", generated.toString(),
          "-classpath", String.join(java.io.File.pathSeparator, classpath),
          "-processor", PROCESSORS,
          "-Akfp4j.projectDir=" + TestSupport.projectRoot().resolve("examples/src/main/resources"));
      try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
        return compiler.getTask(log, files, null, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.kfp4j.sdk.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md is a whole source file (package, imports, one public type) and they compile together
 * as one project, with kfp4j-processor running on them as in a user's build, so that no snippet can go stale.
 * An error names the README's line.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of(System.getProperty("kfp4j.readme", "../README.md"));

  @Test
  void everyJavaSnippetCompilesWithItsImports(@TempDir Path dir) throws IOException {
    ReadmeSnippets snippets = ReadmeSnippets.of(Files.readString(README), "java");
    assertFalse(snippets.blocks().isEmpty(), "README.md has Java snippets");
    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Map<Path, ReadmeSnippets.Block> files = new HashMap<>();
    for (ReadmeSnippets.Block block : snippets.blocks()) {
      Path file = sourceFile(sources, block);
      ReadmeSnippets.Block earlier = files.put(file, block);
      if (earlier != null) {
        fail("README.md:" + block.firstLine() + " declares " + file.getFileName() + " again (first at README.md:"
            + earlier.firstLine() + "); the snippets form one project, so give each type its own name");
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, block.code() + "\n");
    }

    stubbedComponents(dir);
    List<String> errors = compile(files, classes, dir);
    assertEquals(List.of(), errors, "README.md's Java snippets must compile as they are written");
    assertTrue(Files.exists(classes.resolve("META-INF/kfp4j/pipelines")), "the processor indexed the pipelines");
    assertTrue(Files.exists(classes.resolve("com/example/ml/AddOp.class")), "the stubs snippet made typed stubs");
  }

  /**
   * The shared component files that README's {@code @ComponentStubs} snippet names, relative to the project folder:
   * KFP's own Python {@code add} component and two of its XGBoost components.
   */
  private static void stubbedComponents(Path projectDir) throws IOException {
    Path reference = Path.of(System.getProperty("kfp4j.reference", "../../shared/reference"));
    Path components = Files.createDirectories(projectDir.resolve("components/xgboost"));
    Files.copy(reference.resolve("kfp-sdk-outputs/add.component.yaml"), projectDir.resolve("components/add.yaml"));
    Files.copy(reference.resolve("kfp-components/components__XGBoost__Train__component.yaml"),
        components.resolve("train.yaml"));
    Files.copy(reference.resolve("kfp-components/components__XGBoost__Predict__component.yaml"),
        components.resolve("predict.yaml"));
  }

  /** Where the block goes: its package's folder, named for its public type ({@code package-info} without one). */
  private static Path sourceFile(Path sources, ReadmeSnippets.Block block) {
    String type = block.typeName();
    String pkg = block.packageName();
    if (type == null && !block.code().contains("package ")) {
      fail("README.md:" + block.firstLine() + ": a Java snippet must be a whole source file (package, imports and a"
          + " public type, or a package-info); it has neither");
    }
    Path folder = pkg.isEmpty() ? sources : sources.resolve(pkg.replace('.', '/'));
    return folder.resolve((type == null ? "package-info" : type) + ".java");
  }

  private static List<String> compile(Map<Path, ReadmeSnippets.Block> files, Path classes, Path dir) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options = List.of("--release", "17", "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"), "-Akfp4j.projectDir=" + dir,
          "-s", Files.createDirectories(dir.resolve("generated")).toString());
      StringWriter out = new StringWriter();
      boolean ok = javac.getTask(out, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files.keySet())).call();
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(where(d, files) + d.getMessage(Locale.ROOT));
        }
      }
      if (!ok && errors.isEmpty()) {
        errors.add("javac failed: " + out);
      }
      return errors;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** {@code README.md:LINE: } for a diagnostic in a snippet, or the generated file's name. */
  private static String where(Diagnostic<? extends JavaFileObject> d, Map<Path, ReadmeSnippets.Block> files) {
    if (d.getSource() == null) {
      return "";
    }
    Path source = Path.of(d.getSource().toUri());
    ReadmeSnippets.Block block = files.get(source);
    if (block == null) {
      return source.getFileName() + ":" + d.getLineNumber() + ": ";
    }
    return "README.md:" + (block.firstLine() + d.getLineNumber() - 1) + ": ";
  }
}

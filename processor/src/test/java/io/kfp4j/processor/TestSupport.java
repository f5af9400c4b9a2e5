package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles test sources with the processor and reads what it generated. */
final class TestSupport {
  /** The imports every {@link #component} source starts with. */
  private static final String IMPORTS = """
      import io.kfp4j.annotations.Component;
      import io.kfp4j.annotations.Default;
      import io.kfp4j.annotations.InputPath;
      import io.kfp4j.annotations.OutputPath;
      import io.kfp4j.annotations.TypeName;
      import java.nio.file.Path;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      """;

  private TestSupport() {}

  /**
   * A public final class {@code className} (qualified) holding {@code members}, with the kfp4j annotations,
   * {@code Path}, {@code List}, {@code Map} and {@code Optional} imported.
   */
  static JavaFileObject component(String className, String members) {
    int dot = className.lastIndexOf('.');
    String text = "package " + className.substring(0, dot) + ";\n\n" + IMPORTS + "\npublic final class "
        + className.substring(dot + 1) + " {\n" + members.indent(2) + "}\n";
    return JavaFileObjects.forSourceString(className, text);
  }

  /** A source file with exactly this text. */
  static JavaFileObject source(String className, String text) {
    return JavaFileObjects.forSourceString(className, text);
  }

  /** The compiler with the processor and these options ({@code -Akey=value}). */
  static Compiler javac(String... options) {
    return Compiler.javac().withProcessors(new ComponentProcessor()).withOptions((Object[]) options);
  }

  /** The compiler with the stub processor, the component processor and these options ({@code -Akey=value}). */
  static Compiler stubJavac(String... options) {
    return Compiler.javac().withProcessors(new StubProcessor(), new ComponentProcessor(), new PipelineProcessor())
        .withOptions((Object[]) options);
  }

  static Compilation compile(JavaFileObject... sources) {
    return javac().compile(sources);
  }

  /** The text of a file the processor wrote to the class output. */
  static String resource(Compilation compilation, String path) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("no generated " + path + " in " + compilation.generatedFiles()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the {@code component.yaml} generated for a component key. */
  static String yaml(Compilation compilation, String key) {
    return resource(compilation, "META-INF/kfp4j/components/" + key + ".component.yaml");
  }

  /** The generated {@code component.yaml} of a component key, loaded (and so validated) as KFP would. */
  static ComponentSpec spec(Compilation compilation, String key) {
    return ComponentLoader.standard().fromText(yaml(compilation, key)).spec();
  }

  /** The text of a generated source file. */
  static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation.generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("no generated " + qualifiedName + " in " + compilation.generatedFiles()));
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The launcher entry of a component, found as the launcher finds it: by the reference after the launcher's main
   * class in its {@code component.yaml}'s command.
   */
  static io.kfp4j.runtime.internal.entry.ComponentEntry entry(Compilation compilation, String key) {
    String reference = io.kfp4j.runtime.internal.entry.LauncherCommand.entryOf(spec(compilation, key));
    return io.kfp4j.runtime.internal.entry.EntryReference.parse(reference).load(classLoader(compilation));
  }

  /**
   * A class loader over what the compilation wrote (classes and resources), above the test's class path (which
   * holds the sdk and the runtime), so that generated factories and entries can run.
   */
  static ClassLoader classLoader(Compilation compilation) {
    return classLoader(compilation, name -> false);
  }

  /**
   * {@link #classLoader(Compilation)}, except that the classes {@code leftOut} names are not found when the
   * compilation's classes ask for them, as in a component's image, which leaves out the sdk.
   */
  static ClassLoader classLoader(Compilation compilation, java.util.function.Predicate<String> leftOut) {
    return new ClassLoader(TestSupport.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (leftOut.test(name)) {
          throw new ClassNotFoundException(name + " is left out");
        }
        return super.loadClass(name, resolve);
      }

      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
            .orElseThrow(() -> new ClassNotFoundException(name));
        try (InputStream in = file.openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }

      @Override
      public InputStream getResourceAsStream(String name) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name);
        try {
          return file.isPresent() ? file.get().openInputStream() : super.getResourceAsStream(name);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** The checkout's root: {@code maven.multiModuleProjectDirectory}, else the parent of the processor module. */
  static Path projectRoot() {
    String configured = System.getProperty("maven.multiModuleProjectDirectory");
    if (configured != null && Files.isDirectory(Path.of(configured, "examples"))) {
      return Path.of(configured);
    }
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    return Files.isDirectory(dir.resolve("examples")) ? dir : dir.getParent();
  }

  /**
   * Every Java source of the examples module, and the test components that show each way a value travels
   * ({@code test-components/src/main/java/io/kfp4j/testcomponents}, but its copy of the seed's {@code Calc}, whose
   * {@code add} the examples have too, and its typed stubs in {@code shared}, whose YAML files are its resources).
   */
  static List<JavaFileObject> exampleSources() {
    List<JavaFileObject> sources = new java.util.ArrayList<>();
    for (String folder : List.of("examples/src/main/java", "test-components/src/main/java/io/kfp4j/testcomponents")) {
      Path root = projectRoot().resolve(folder);
      assertTrue(Files.isDirectory(root), "the sources are not at " + root);
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".java"))
            .filter(f -> !(folder.startsWith("test-components") && f.endsWith("Calc.java")))
            .filter(f -> !(folder.startsWith("test-components") && root.relativize(f).startsWith("shared")))
            .sorted().map(TestSupport::fileSource).forEach(sources::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static JavaFileObject fileSource(Path file) {
    try {
      return JavaFileObjects.forResource(file.toUri().toURL());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The KFP reference data: {@code -Dkfp4j.reference}, else {@code ../shared/reference} beside the checkout. */
  static Path reference() {
    String configured = System.getProperty("kfp4j.reference");
    Path dir = configured != null ? Path.of(configured) : projectRoot().resolve("../shared/reference");
    assertTrue(Files.isDirectory(dir), "no KFP reference data at " + dir.toAbsolutePath().normalize()
        + "; the tests need ../shared/reference beside the checkout (set -Dkfp4j.reference=DIR otherwise)");
    return dir;
  }
}

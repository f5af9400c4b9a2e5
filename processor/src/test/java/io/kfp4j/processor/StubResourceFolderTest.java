package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @ComponentStubs("components/")} names a folder of {@code src/main/resources}, which Maven copies into the
 * class output before javac runs: each of its YAML files becomes a stub, wherever the compiler's working folder is.
 */
class StubResourceFolderTest {
  @TempDir
  Path tmp;

  @Test
  void aFolderOfTheClassOutputGivesAStubPerYamlFile() throws IOException {
    Path classes = Files.createDirectories(tmp.resolve("target/classes/components"));
    for (String name : List.of("echo.component.yaml", "scores.component.yaml")) {
      Files.write(classes.resolve(name), TestSupport.class.getResourceAsStream("/stubs/" + name).readAllBytes());
    }
    Path source = Files.createDirectories(tmp.resolve("src/p")).resolve("package-info.java");
    Files.writeString(source, "@io.kfp4j.annotations.ComponentStubs(\"components/\")\npackage p;\n");
    Path generated = Files.createDirectories(tmp.resolve("generated"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(log, files, null, List.of("--release", "17", "-d", tmp.resolve("target/classes")
              .toString(), "-s", generated.toString(), "-classpath", System.getProperty("java.class.path"),
              "-processor", StubProcessor.class.getName(), "-Akfp4j.projectDir=" + tmp.resolve("elsewhere")),
          null, files.getJavaFileObjectsFromPaths(List.of(source))).call();
      assertTrue(ok, log.toString());
    }
    String echo = Files.readString(generated.resolve("p/Echo3TimesOp.java"));
    assertTrue(echo.contains("components/echo.component.yaml"), echo);
    assertTrue(Files.isRegularFile(generated.resolve("p/ScoreModelOp.java")));
    assertTrue(Files.isRegularFile(tmp.resolve("target/classes/META-INF/kfp4j/stubs/p/score-model.component.yaml")));
  }
}

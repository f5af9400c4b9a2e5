package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stubs of components that KFP's loader accepts in forms a stricter reading would refuse (a type given as a list)
 * and javadoc that ends each sentence with one period, whatever the description ends with.
 */
class StubLoaderParityTest {

  private static Compilation stub(Path dir, String yaml) throws Exception {
    Path file = dir.resolve("shout.yaml");
    Files.writeString(file, yaml);
    return TestSupport.stubJavac("-Akfp4j.stubs=" + file, "-Akfp4j.stubsPackage=p.shared")
        .compile(TestSupport.source("q.A", "package q; final class A {}"));
  }

  @Test
  void descriptionsThatEndASentenceGetNoSecondPeriod(@TempDir Path dir) throws Exception {
    Compilation compilation = stub(dir, """
        name: Shout
        inputs:
        - {name: text, type: String}
        - {name: loud, type: Boolean, default: "true", description: 'Whether to shout. Default is "true".'}
        - {name: times, type: Integer, default: "1", description: How often}
        outputs:
        - {name: out, type: String, description: The shouted text.}
        - {name: count, type: Integer, description: How many words}
        implementation:
          container: {image: busybox, command: [sh, -c, 'echo', {inputValue: text}, {inputValue: loud},
            {inputValue: times}, {outputPath: out}, {outputPath: count}]}
        """);
    assertThat(compilation).succeeded();
    String op = TestSupport.generatedSource(compilation, "p.shared.ShoutOp");
    assertTrue(op.contains("Sets optional input \"loud\" (default true): Whether to shout. Default is \"true\".\n"),
        op);
    assertTrue(op.contains("Sets optional input \"times\" (default 1): How often.\n"), op);
    assertTrue(op.contains("Output \"out\" (String): The shouted text.\n"), op);
    assertTrue(op.contains("Output \"count\" (Integer): How many words.\n"), op);
    assertFalse(op.contains("..\n"), op);
  }

  @Test
  void aTypeGivenAsAListIsUntyped(@TempDir Path dir) throws Exception {
    Compilation compilation = stub(dir, """
        name: Shout
        inputs:
        - {name: text, type: [String, JsonObject]}
        - {name: table, type: [CSV, TSV]}
        outputs:
        - {name: out, type: [String, Integer]}
        implementation:
          container: {image: busybox, command: [sh, -c, 'echo', {inputValue: text}, {inputPath: table},
            {outputPath: out}]}
        """);
    assertThat(compilation).succeeded();
    String op = TestSupport.generatedSource(compilation, "p.shared.ShoutOp");
    assertTrue(op.contains("public static ShoutOp shout(Source<?> text, Source<?> table)"), op);
    assertTrue(op.contains("public Output<String> out()"), op);
  }
}

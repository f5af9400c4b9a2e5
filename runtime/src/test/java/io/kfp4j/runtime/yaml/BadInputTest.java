package io.kfp4j.runtime.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.InvalidSpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile input is refused quickly, with one clear message each. */
class BadInputTest {
  private final ComponentLoader loader = ComponentLoader.standard();

  private String problem(String text) {
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> loader.fromText(text));
    return e.getMessage();
  }

  @Test
  void emptyFile() {
    assertTrue(problem("").contains("<text>: the file is empty"), problem(""));
    assertTrue(problem("# only a comment\n").contains("the file is empty"));
  }

  @Test
  void notYaml() {
    String message = problem("name: [unclosed\ninputs: {\n");
    assertTrue(message.contains("<text>:2:7: not valid YAML"), message);
  }

  @Test
  void aYamlList() {
    String message = problem("- name: a\n- name: b\n");
    assertTrue(message.contains("<text>:1:1: expected a component spec (a mapping), found a list"), message);
  }

  @Test
  void aScalar() {
    String message = problem("just some words\n");
    assertTrue(message.contains("expected a component spec (a mapping), found the string 'just some words'"), message);
  }

  @Test
  void aLongScalarShowsItsStartOnly() {
    // a pom.xml or another text file that YAML reads as one long string
    String pom = "<?xml version=\"1.0\"?>\n<project>\n" + "  <dependency>x</dependency>\n".repeat(200) + "</project>\n";
    String message = problem(pom);
    assertTrue(message.contains("found the string '<?xml version=\"1.0\"?> <project> <dependency>x</dependency>"),
        message);
    assertTrue(message.length() < 300, message);
    assertTrue(message.matches("(?s).*</depend\\.\\.\\.' \\(\\d{4} characters\\)$"), message);
  }

  @Test
  void aCompiledWorkflowIsNamedAsSuch() {
    String message = problem("""
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: addition-pipeline-}
        spec:
          entrypoint: addition-pipeline
        """);
    assertTrue(message.endsWith("\n  <text>:1:1: kind: this is a Kubernetes object (argoproj.io/v1alpha1/Workflow), such as a pipeline"
        + " compiled for Argo (KFP v1), not a component spec; give a component.yaml: a mapping with name, inputs,"
        + " outputs and implementation"), message);
  }

  @Test
  void binaryData() {
    InvalidSpecException e = assertThrows(InvalidSpecException.class,
        () -> loader.fromBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2}, "blob.bin"));
    assertTrue(e.getMessage().contains("blob.bin: not UTF-8 text"), e.getMessage());
  }

  @Test
  void tenMegabyteFileIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.yaml");
    StringBuilder text = new StringBuilder("name: Big\ndescription: |\n");
    String line = "  " + "x".repeat(97) + "\n";
    while (text.length() < 10 * 1024 * 1024) {
      text.append(line);
    }
    Files.writeString(big, text);
    InvalidSpecException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(InvalidSpecException.class, () -> loader.fromFile(big)));
    assertTrue(e.getMessage().contains("the file is 10.0 MiB, over the limit of 4.0 MiB"), e.getMessage());
  }

  @Test
  void billionLaughsIsRefused() {
    StringBuilder text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      String prev = "*a" + (i - 1);
      text.append("a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
    }
    String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(text.toString()));
    assertTrue(message.contains("aliases to collections, which expand exponentially (\"billion laughs\")"), message);
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    String text = "name: Deep\ndescription: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(text));
    assertTrue(message.contains("nested deeper than 64 levels"), message);
  }

  @Test
  void limitsAreConfigurable() {
    ComponentLoader strict = ComponentLoader.withLimits(new YamlLimits(10, 64, 0));
    InvalidSpecException e = assertThrows(InvalidSpecException.class, () -> strict.fromText("name: Too long for ten bytes\n"));
    assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new YamlLimits(0, 1, 1));
  }

  @Test
  void aliasesBelowTheLimitStillWork() {
    String text = """
        name: Aliased
        inputs:
        - &in {name: a, type: Float}
        outputs:
        - {name: Output, type: Float}
        """;
    assertEquals("a", loader.fromText(text).spec().inputs().get(0).name());
  }

  @Test
  void anAliasInsideTheCollectionItNamesIsRefusedAtItsPlace() {
    String text = """
        name: Alias
        inputs:
        - {name: x, type: String}
        implementation: &impl
          graph:
            tasks:
              again:
                componentRef:
                  spec:
                    name: Inner
                    inputs:
                    - {name: x, type: String}
                    implementation: *impl
                arguments: {x: {graphInput: {inputName: x}}}
        """;
    String message = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problem(text));
    assertEquals("invalid component spec:\n  <text>:13:13: implementation.graph.tasks.again.componentRef.spec"
        + ".implementation: this YAML alias *impl names a collection that contains it (its anchor is at line 4), so"
        + " the spec would contain itself without end; write the content out here, or use another component,"
        + " instead of aliasing what holds the alias", message);
    assertTrue(problem("name: L\ndescription: &l [a, *l]\n").contains("<text>:2:14: description[1]: this YAML"
        + " alias *l names a collection"), problem("name: L\ndescription: &l [a, *l]\n"));
  }

  @Test
  void aCollectionAliasedTwiceSideBySideIsNoCycle() {
    String text = """
        name: Twice
        implementation:
          graph:
            tasks:
              one: {componentRef: {spec: &echo {name: Echo, implementation: {container: {image: a, command: [hi]}}}}}
              two: {componentRef: {spec: *echo}}
        """;
    assertEquals("Echo", ((io.kfp4j.runtime.spec.Implementation.Graph) loader.fromText(text).spec().implementation())
        .graph().tasks().get("two").componentRef().spec().name());
  }
}

package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.yaml.ComponentLoader;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.runtime.yaml.SpecTree;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code kfp4j components show}. */
class ComponentsShowTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void yamlIsWhatComponentWriterWrites() {
    ComponentSpec spec = ComponentLoader.standard().fromFile(Reference.file(Reference.ADD)).spec();
    for (String[] args : new String[][] {
        {"components", "show", Reference.arg(Reference.ADD)},
        {"components", "show", Reference.arg(Reference.ADD), "--format", "yaml"},
        {"components", "show", "--format=yaml", Reference.arg(Reference.ADD)}}) {
      CliRun run = CliRun.run(args);
      assertEquals(0, run.exitCode(), run.describe());
      assertEquals(ComponentWriter.toYaml(spec), run.out());
      assertEquals("", run.err());
    }
  }

  /** A KFP 2 user sees a component file in KFP v2's own format: a v2 file as published, a v1 spec converted. */
  @Test
  void v2IsKfpV2sComponentYaml() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    String golden = "kfp-v2/goldens/container_io.yaml";
    CliRun published = CliRun.run("components", "show", Reference.arg(golden), "--format", "v2");
    assertEquals(0, published.exitCode(), published.describe());
    JsonNode shown = yaml.readTree(published.out());
    JsonNode file = yaml.readTree(Reference.file(golden).toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) shown).remove("sdkVersion");
    ((com.fasterxml.jackson.databind.node.ObjectNode) file).remove("sdkVersion");
    assertEquals(file, shown);
    CliRun converted = CliRun.run("components", "show", Reference.arg(Reference.ADD), "--format", "v2");
    assertEquals(0, converted.exitCode(), converted.describe());
    JsonNode add = yaml.readTree(converted.out());
    assertEquals("add", add.at("/pipelineInfo/name").asText());
    assertEquals("NUMBER_DOUBLE", add.at("/components/comp-add/outputDefinitions/parameters/output/parameterType")
        .asText(), converted.out());
    assertEquals("2.1.0", add.at("/schemaVersion").asText());
  }

  @Test
  void aComponentKfpV2CannotExpressIsNamedByItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = dir.resolve("grep.yaml");
    java.nio.file.Files.writeString(file, """
        name: Filter text
        inputs:
        - {name: Pattern}
        implementation:
          container: {image: alpine, command: [grep, {inputValue: Pattern}]}
        """);
    CliRun run = CliRun.run("components", "show", file.toString(), "--format", "v2");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("kfp4j: " + file + ": KFP v2 cannot express this component:"
        + " implementation.container.command[1] is {inputValue: Pattern}"), run.describe());
    assertTrue(!run.err().contains("pipeline \""), run.describe());
  }

  @Test
  void jsonIsTheSpecTree() throws IOException {
    CliRun run = CliRun.run("components", "show", Reference.arg(Reference.ADD), "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode json = JSON.readTree(run.out());
    assertEquals("Add", json.get("name").asText());
    assertEquals(2, json.get("inputs").size());
    ComponentSpec spec = ComponentLoader.standard().fromFile(Reference.file(Reference.ADD)).spec();
    assertEquals(JSON.valueToTree(SpecTree.of(spec)), json);
    assertTrue(run.out().startsWith("{\n  \"name\": \"Add\",\n"), run.out());
  }

  @Test
  void invalidComponentPrintsProblemsAndNothingElse() {
    String bad = Reference.arg(Reference.MALFORMED);
    CliRun run = CliRun.run("components", "show", bad);
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("", run.out());
    assertEquals(2, run.errLines().size(), run.describe()); // its duplicate "container" counts as KFP reads it
    assertTrue(run.errLines().stream().allMatch(l -> l.startsWith(bad + ":")), run.describe());
  }

  @Test
  void badFormatIsAUsageErrorListingTheChoices() {
    CliRun run = CliRun.run("components", "show", Reference.arg(Reference.ADD), "--format", "xml");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.describe());
    assertTrue(run.err().contains("expected one of [yaml, json, v2]"), run.describe());
    assertEquals("", run.out());
  }

  @Test
  void v2OnlyComponentIsShownWithAWarning() {
    CliRun run = CliRun.run("components", "show", Reference.arg(Reference.V2_ONLY));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("name: Tfp anomaly detection"), run.describe());
    assertTrue(run.err().contains("warning: runs on KFP v2 only: executorInput"), run.describe());
  }
}

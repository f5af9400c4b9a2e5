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
    assertTrue(run.err().contains("expected one of [yaml, json]"), run.describe());
    assertEquals("", run.out());
  }

  @Test
  void v2OnlyComponentIsShownWithAWarning() {
    CliRun run = CliRun.run("components", "show", Reference.arg(Reference.V2_ONLY));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().startsWith("name: Tfp anomaly detection"), run.describe());
    assertTrue(run.err().contains("warning: loads, but v2-only placeholder executorInput"), run.describe());
  }
}

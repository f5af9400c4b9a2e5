package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pipelines whose names KFP sanitizes alike ({@code pipeline flip coin}, {@code pipeline-flip-coin}), in two
 * modules on the classpath or in one: {@code --list} shows both, the shared name fails asking for a qualified name
 * ({@code CLASS#method}), and the qualified name works. Their classes are on the test classpath
 * ({@code io.kfp4j.cli.flows}); the indexes are written here, as kfp4j-processor writes them.
 */
class AmbiguousPipelineNamesTest {
  private static final String KEY = "pipeline-flip-coin";
  private static final String ACME = "io.kfp4j.cli.flows.acme.FlipCoinPipeline io.kfp4j.cli.flows.acme.Flows#flipCoin";
  private static final String OTHER = "io.kfp4j.cli.flows.other.FlipCoinPipeline"
      + " io.kfp4j.cli.flows.other.Flows#flipCoin";

  @TempDir
  Path dir;

  @Test
  void listShowsBothModulesPipelinesWithTheirQualifiedNames() throws IOException {
    CliRun run = CliRun.run("compile", "--list", "--classpath", twoModules());
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of(
        "pipeline flip coin  io.kfp4j.cli.flows.acme.FlipCoinPipeline   choose with io.kfp4j.cli.flows.acme.Flows#flipCoin",
        "pipeline-flip-coin  io.kfp4j.cli.flows.other.FlipCoinPipeline  choose with io.kfp4j.cli.flows.other.Flows#flipCoin"),
        run.outLines());
  }

  @Test
  void anAmbiguousNameFailsAskingForAQualifiedName() throws IOException {
    String classpath = twoModules();
    Path file = dir.resolve("flip.yaml");
    for (String name : new String[] {KEY, "pipeline flip coin", "Pipeline Flip Coin"}) {
      CliRun run = CliRun.run("compile", name, "--classpath", classpath, "-o", file.toString());
      assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
      assertEquals(List.of(
          "kfp4j: pipeline name \"" + name + "\" is ambiguous: 2 pipelines on --classpath " + classpath
              + " are named \"pipeline-flip-coin\" after KFP's sanitizing:",
          "  pipeline flip coin  io.kfp4j.cli.flows.acme.FlipCoinPipeline   choose with"
              + " io.kfp4j.cli.flows.acme.Flows#flipCoin",
          "  pipeline-flip-coin  io.kfp4j.cli.flows.other.FlipCoinPipeline  choose with"
              + " io.kfp4j.cli.flows.other.Flows#flipCoin",
          "choose one by its qualified name (CLASS#method): io.kfp4j.cli.flows.acme.Flows#flipCoin or"
              + " io.kfp4j.cli.flows.other.Flows#flipCoin"), run.errLines());
      assertFalse(Files.exists(file), "nothing was taken silently");
    }
  }

  @Test
  void theQualifiedNameOrTheGeneratedClassPicksOne() throws IOException {
    String classpath = twoModules();
    for (String name : new String[] {"io.kfp4j.cli.flows.other.Flows#flipCoin",
        "io.kfp4j.cli.flows.other.FlipCoinPipeline"}) {
      Path file = dir.resolve("other.yaml");
      CliRun run = CliRun.run("compile", name, "--classpath", classpath, "-o", file.toString());
      assertEquals(0, run.exitCode(), run.describe());
      assertEquals("compiled pipeline-flip-coin (1 task) to " + file + "\n", run.out());
      assertTrue(Files.readString(file).contains("name: flip-other"), "the other module's pipeline");
    }
    Path file = dir.resolve("acme.yaml");
    CliRun run = CliRun.run("compile", "io.kfp4j.cli.flows.acme.Flows#flipCoin", "--classpath", classpath, "-o",
        file.toString());
    assertEquals("compiled pipeline flip coin (1 task) to " + file + "\n", run.out(), run.describe());
  }

  @Test
  void oneModuleMayHoldBothAsTheProcessorIndexesThem() throws IOException {
    Path module = index(dir.resolve("one"), ACME + "\n" + OTHER + "\n");
    CliRun list = CliRun.run("compile", "--list", "--classpath", module.toString());
    assertEquals(2, list.outLines().size(), list.describe());
    CliRun run = CliRun.run("compile", KEY, "--classpath", module.toString(), "-o", dir.resolve("x.yaml").toString());
    assertEquals(ExitCodes.FAILED, run.exitCode(), run.describe());
    assertTrue(run.err().contains("is ambiguous: 2 pipelines on"), run.describe());
  }

  /** Two modules' classes, each indexing one of the pipelines under the same name. */
  private String twoModules() throws IOException {
    return index(dir.resolve("acme"), ACME + "\n") + File.pathSeparator + index(dir.resolve("other"), OTHER + "\n");
  }

  private static Path index(Path classes, String content) throws IOException {
    Path file = classes.resolve("META-INF/kfp4j/pipelines").resolve(KEY);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return classes;
  }
}

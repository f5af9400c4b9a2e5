package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.sdk.argo.WorkflowSchema;
import io.kfp4j.tooling.images.ClasspathFingerprint;
import io.kfp4j.tooling.images.ImagePin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** {@code kfp4j:compile}: every pipeline of the project's classes, checked, and the failures that name the fix. */
class CompileMojoTest {
  @TempDir
  Path dir;

  private final TestProject.Lines log = new TestProject.Lines();

  private CompileMojo mojo(String... pipelines) {
    CompileMojo mojo = new CompileMojo();
    mojo.project = TestProject.with(dir, pipelines);
    mojo.format = "yaml";
    mojo.outputDirectory = dir.resolve("target/kfp4j/pipelines").toFile();
    mojo.checkSchema = true;
    mojo.stalePin = "warn";
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void compilesEveryPipelineOfTheClassesToASchemaValidWorkflow() throws Exception {
    mojo("addition-pipeline", "failing-pipeline").execute();
    Path addition = dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml");
    Map<String, Object> workflow = new Yaml().load(Files.readString(addition));
    assertEquals("Workflow", workflow.get("kind"));
    assertEquals(List.of(), WorkflowSchema.problems(workflow));
    assertTrue(Files.isRegularFile(dir.resolve("target/kfp4j/pipelines/failing-pipeline.yaml")));
    assertTrue(log.text().contains("[info] compiled addition-pipeline (2 tasks) to " + addition
        + ", a valid Argo workflow"), log.text());
  }

  /**
   * A pipeline that the project no longer has loses the file an earlier build wrote for it (a script uploading the
   * folder would send it again), a run of one chosen pipeline removes nothing, and files kfp4j did not write stay.
   */
  @Test
  void filesOfPipelinesTheProjectNoLongerHasAreRemoved() throws Exception {
    Path pipelines = dir.resolve("target/kfp4j/pipelines");
    mojo("addition-pipeline", "failing-pipeline").execute();
    Files.writeString(pipelines.resolve("notes.txt"), "mine");
    Path failing = pipelines.resolve("failing-pipeline.yaml");
    assertTrue(Files.isRegularFile(failing));

    CompileMojo one = mojo("addition-pipeline");
    one.pipeline = "addition-pipeline";
    one.execute();
    assertTrue(Files.isRegularFile(failing), "a run of one pipeline removes no other");

    Files.delete(dir.resolve("target/classes/META-INF/kfp4j/pipelines/failing-pipeline"));
    mojo("addition-pipeline").execute();
    assertFalse(Files.exists(failing), "the pipeline is gone from the project");
    assertTrue(Files.isRegularFile(pipelines.resolve("addition-pipeline.yaml")));
    assertEquals("mine", Files.readString(pipelines.resolve("notes.txt")), "a file kfp4j did not write stays");
    assertTrue(log.text().contains("[info] kfp4j: removed failing-pipeline.yaml from " + pipelines), log.text());
  }

  @Test
  void targetV2CompilesKfpV2sPipelineSpecAndRefusesAnArchiveFormat() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    mojo.target = "v2";
    mojo.execute();
    Path addition = dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml");
    Map<String, Object> spec = new Yaml().load(Files.readString(addition));
    io.kfp4j.sdk.v2.StrictPipelineSpec.check(Files.readString(addition)); // KFP's proto, no unknown field
    assertEquals("addition-pipeline", ((Map<?, ?>) spec.get("pipelineInfo")).get("name"));
    assertFalse(spec.containsKey("kind"), "not an Argo workflow");
    assertTrue(log.text().contains("[info] compiled addition-pipeline (2 tasks) to " + addition
        + ", KFP v2's pipeline spec"), log.text());

    CompileMojo zip = mojo("addition-pipeline");
    zip.target = "v2";
    zip.format = "zip";
    assertEquals("format (kfp4j.format) is \"zip\", but target (kfp4j.target) v2 writes YAML only; set the format to"
        + " yaml, or the target to argo for a zip package", assertThrows(MojoFailureException.class, zip::execute)
        .getMessage());
    CompileMojo unknown = mojo("addition-pipeline");
    unknown.target = "vertex";
    Exception e = assertThrows(Exception.class, unknown::execute);
    assertTrue(e.getMessage().contains("unknown target \"vertex\"") && e.getMessage().contains(
        "<target>argo</target> or <target>v2</target> (-Dkfp4j.target=argo|v2)"), e.getMessage());
  }

  @Test
  void thePipelineParameterRestrictsToOne() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline", "failing-pipeline");
    mojo.pipeline = "failing-pipeline";
    mojo.execute();
    assertTrue(Files.isRegularFile(dir.resolve("target/kfp4j/pipelines/failing-pipeline.yaml")));
    assertFalse(Files.exists(dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml")));
  }

  @Test
  void pipelinesNamedAlikeAfterSanitizingAreEachCompiledByTheirQualifiedName() throws Exception {
    mojo("pipeline-flip-coin").execute();
    Path dir = this.dir.resolve("target/kfp4j/pipelines");
    Map<String, Object> first = new Yaml().load(Files.readString(
        dir.resolve("pipeline-flip-coin-io-kfp4j-maven-fixtures-flips-flipcoin.yaml")));
    Map<String, Object> second = new Yaml().load(Files.readString(
        dir.resolve("pipeline-flip-coin-io-kfp4j-maven-fixtures-flips-flipcoinagain.yaml")));
    assertTrue(first.toString().contains("\"name\": \"pipeline flip coin\""), first.toString());
    assertTrue(second.toString().contains("\"name\": \"pipeline-flip-coin\""), second.toString());
    assertFalse(Files.exists(dir.resolve("pipeline-flip-coin.yaml")), "no file named after the shared name alone");
  }

  @Test
  void anAmbiguousPipelineAsksForTheQualifiedName() {
    CompileMojo mojo = mojo("pipeline-flip-coin");
    mojo.pipeline = "pipeline flip coin";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("pipeline name \"pipeline flip coin\" is ambiguous: 2 pipelines on the classpath of com.example:app"
        + " are named \"pipeline-flip-coin\" after KFP's sanitizing:\n"
        + "  pipeline flip coin  io.kfp4j.maven.fixtures.FlipCoinPipeline       choose with"
        + " io.kfp4j.maven.fixtures.Flips#flipCoin\n"
        + "  pipeline-flip-coin  io.kfp4j.maven.fixtures.FlipCoinAgainPipeline  choose with"
        + " io.kfp4j.maven.fixtures.Flips#flipCoinAgain\n"
        + "choose one by its qualified name (CLASS#method): io.kfp4j.maven.fixtures.Flips#flipCoin or"
        + " io.kfp4j.maven.fixtures.Flips#flipCoinAgain", e.getMessage());
  }

  @Test
  void theQualifiedNamePicksOne() throws Exception {
    CompileMojo mojo = mojo("pipeline-flip-coin");
    mojo.pipeline = "io.kfp4j.maven.fixtures.Flips#flipCoinAgain";
    mojo.execute();
    Path dir = this.dir.resolve("target/kfp4j/pipelines");
    assertTrue(Files.isRegularFile(dir.resolve("pipeline-flip-coin-io-kfp4j-maven-fixtures-flips-flipcoinagain.yaml")),
        log.text());
    assertFalse(Files.exists(dir.resolve("pipeline-flip-coin-io-kfp4j-maven-fixtures-flips-flipcoin.yaml")));
  }

  @Test
  void writesAPackageInTheFormatAsked() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    mojo.format = "tar.gz";
    mojo.execute();
    Path file = dir.resolve("target/kfp4j/pipelines/addition-pipeline.tar.gz");
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
      String tar = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(tar.startsWith("pipeline.yaml"), "the package holds pipeline.yaml");
      assertTrue(tar.contains("generateName: addition-pipeline-"), "the package holds the workflow");
    }
  }

  @Test
  void anUnknownFormatNamesTheChoices() {
    CompileMojo mojo = mojo("addition-pipeline");
    mojo.format = "json";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("format (kfp4j.format) is \"json\"; give yaml, zip or tar.gz", e.getMessage());
  }

  @Test
  void aPipelineThatCannotBeBuiltFailsTheBuildNamingItsMethodLinePipelineTaskAndInput() {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo("broken-pipeline")::execute);
    assertEquals("io.kfp4j.maven.fixtures.Calc#broken at Calc.java:67: pipeline \"broken-pipeline\", task \"add\":"
        + " the argument of input \"a\" is null; pass a Value.of(...), a Param or another task's Output",
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("target/kfp4j/pipelines/broken-pipeline.yaml")));
  }

  @Test
  void severalFailuresAreListedAfterTheOthersAreCompiled() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline", "broken-pipeline");
    mojo.pipeline = null;
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("pipeline \"broken-pipeline\", task \"add\""), e.getMessage());
    assertTrue(Files.isRegularFile(dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml")));
  }

  @Test
  void anUnknownPipelineListsThoseThere() {
    CompileMojo mojo = mojo("addition-pipeline");
    mojo.pipeline = "subtraction";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("no pipeline \"subtraction\" on the classpath of com.example:app; the"
        + " pipelines there:\n  addition-pipeline  io.kfp4j.maven.fixtures.AdditionPipeline"), e.getMessage());
  }

  /** The fingerprint of the classes, given a launcher so that they make an image's classpath. */
  private String fingerprint() throws Exception {
    Path launcher = dir.resolve("target/classes/io/kfp4j/launcher/Launcher.class");
    Files.createDirectories(launcher.getParent());
    Files.writeString(launcher, "a launcher, for the classpath to be an image's");
    return ClasspathFingerprint.of(ProjectClasspath.of(List.of(dir.resolve("target/classes"))));
  }

  /** A pin as kfp4j:image leaves it, for classes whose fingerprint was {@code fingerprint}. */
  private ImagePin pin(String fingerprint, String target) {
    ImagePin pin = new ImagePin("registry.test/calc@sha256:1234", "registry.test/calc:1", target, fingerprint,
        Instant.EPOCH, Map.of());
    pin.write(dir.resolve("target/kfp4j/image.properties"));
    return pin;
  }

  @Test
  void aPinOfTheseClassesIsAppliedAndSaidSo() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    pin(fingerprint(), "registry.test/calc:1");
    mojo.execute();
    assertTrue(log.lines.contains("[info] component specs pinned to registry.test/calc@sha256:1234 (kfp4j:image of"
        + " 1970-01-01T00:00:00Z, registry.test/calc:1)"), log.text());
  }

  @Test
  void aPinOfTheDockerDaemonIsWarnedAbout() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    pin(fingerprint(), "docker://calc:1");
    mojo.execute();
    assertTrue(log.text().contains("[warn] the component specs name registry.test/calc@sha256:1234, the id of an"
        + " image in this machine's Docker daemon (docker://calc:1): no cluster can pull it."), log.text());
  }

  @Test
  void aPinOfOtherClassesIsWarnedAboutAndNotApplied() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    fingerprint();
    pin("sha256:other", "registry.test/calc:1");
    mojo.execute();
    assertTrue(log.text().contains("[warn] the image pin " + dir.resolve("target/kfp4j/image.properties")
        + " (registry.test/calc@sha256:1234) does not fit the classes: the classes or dependencies changed since it"
        + " was built (1970-01-01T00:00:00Z). The component specs keep their own images; build the image again"
        + " first: mvn package kfp4j:image kfp4j:compile"), log.text());
    assertTrue(Files.isRegularFile(dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml")));
  }

  @Test
  void aPinOfOtherClassesCanFailTheBuild() throws Exception {
    CompileMojo mojo = mojo("addition-pipeline");
    mojo.stalePin = "fail";
    pin("sha256:other", "registry.test/calc:1");
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().startsWith("the image pin "), e.getMessage());
    assertFalse(Files.exists(dir.resolve("target/kfp4j/pipelines/addition-pipeline.yaml")));
  }

  @Test
  void aProjectWithoutPipelinesHasNothingToCompile() throws Exception {
    mojo().execute();
    assertTrue(log.text().contains("no pipelines indexed in " + dir.resolve("target/classes")), log.text());
    assertFalse(Files.exists(dir.resolve("target/kfp4j/pipelines")));
  }
}

package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kfp4j:run}: the embedded engine through the Maven log, and the build failing with the run. */
class RunMojoTest {
  @TempDir
  Path dir;

  private final TestProject.Lines log = new TestProject.Lines();

  private RunMojo mojo(String... pipelines) {
    RunMojo mojo = new RunMojo();
    mojo.project = TestProject.with(dir, pipelines);
    mojo.runner = "in-process";
    mojo.experiment = "Default";
    mojo.classDataSharing = true;
    mojo.stalePin = "warn";
    mojo.root = dir.resolve("store").toFile();
    mojo.setLog(log);
    return mojo;
  }

  @Test
  void runsTheProjectsOnlyPipelineWithTheArgumentsGiven() throws Exception {
    RunMojo mojo = mojo("addition-pipeline");
    mojo.params = "a=7,b=8";
    mojo.execute();
    assertTrue(log.lines.contains("[info]   add  Output = 11.0"), log.text());
    assertTrue(log.lines.contains("[info]   add-2  Output = 19.0"), log.text());
    assertTrue(log.text().matches("(?s)\\[info\\] run \\S+ of addition-pipeline \\(in-process, experiment"
        + " Default\\).*"), log.text());
    assertTrue(Files.isDirectory(dir.resolve("store/runs")), "the run is recorded in the root given");
  }

  @Test
  void aFailedRunFailsTheBuild() {
    RunMojo mojo = mojo("failing-pipeline");
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().matches("run \\S+ of failing-pipeline FAILED.*; its record: .*"), e.getMessage());
    assertTrue(log.text().contains("FAILED    explode"), log.text());
  }

  @Test
  void severalPipelinesNeedAChoice() {
    MojoFailureException e = assertThrows(MojoFailureException.class,
        mojo("addition-pipeline", "failing-pipeline")::execute);
    assertTrue(e.getMessage().startsWith("com.example:app has 2 pipelines; choose one with -Dkfp4j.pipeline=NAME"
        + " or <pipeline> in the plugin's configuration:\naddition-pipeline"), e.getMessage());
  }

  @Test
  void aProjectWithoutPipelinesSaysHowToGetThem() {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo()::execute);
    assertTrue(e.getMessage().startsWith("no pipelines found on the classpath of com.example:app."), e.getMessage());
    assertTrue(e.getMessage().endsWith("run the goal after the project is compiled (mvn package kfp4j:compile)"),
        e.getMessage());
  }

  @Test
  void anUnknownRunnerNamesTheChoices() {
    RunMojo mojo = mojo("addition-pipeline");
    mojo.runner = "kubernetes";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("runner (kfp4j.runner) is \"kubernetes\": unknown runner \"kubernetes\"; choose in-process,"
        + " subprocess or docker", e.getMessage());
  }

  @Test
  void anArgumentTheRunDoesNotTakeIsNamed() {
    RunMojo mojo = mojo("addition-pipeline");
    mojo.params = "c=1";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("\"c\""), e.getMessage());
  }

  @Test
  void aValueThatIsNotOfTheParametersTypeIsRefusedBeforeAnyTask() {
    RunMojo mojo = mojo("addition-pipeline");
    mojo.params = "a=abc";
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertTrue(e.getMessage().contains("pipeline \"addition-pipeline\", parameter \"a\" (type Float): Text \"abc\""
        + " cannot be deserialized as KFP type \"Float\""), e.getMessage());
    assertTrue(e.getMessage().endsWith("pass a Float as KFP text, e.g. 1.5: -Dkfp4j.params=a=VALUE (or <parameters> in"
        + " the plugin's configuration)"), e.getMessage());
    assertTrue(!Files.exists(dir.resolve("store/runs")), "no run started: " + log.text());
  }

  @Test
  void aDoubleStandsInForAResourceTaskAndTheTaskDownstreamReadsItsOutputs() throws Exception {
    RunMojo mojo = mojo("secret-pipeline");
    mojo.doubles = "create-secret:name=s-x7k2,manifest={}";
    mojo.execute();
    assertTrue(log.text().contains("SUCCEEDED create-secret: replaced by a test double"), log.text());
    assertTrue(log.lines.contains("[info]   shout  Output = S-X7K2"), log.text());
  }

  @Test
  void doublesFromAFileAndThePropertyWinsForTheSameTask() throws Exception {
    Path file = Files.writeString(dir.resolve("doubles.yaml"), "create-secret: {name: from-file, manifest: {}}\n");
    RunMojo fromFile = mojo("secret-pipeline");
    fromFile.doublesFile = file.toFile();
    fromFile.execute();
    assertTrue(log.lines.contains("[info]   shout  Output = FROM-FILE"), log.text());

    RunMojo both = mojo("secret-pipeline");
    both.doublesFile = file.toFile();
    both.doubles = "\n  create-secret: name=from-pom, manifest={}\n";
    both.execute();
    assertTrue(log.lines.contains("[info]   shout  Output = FROM-POM"), log.text());
  }

  @Test
  void withoutADoubleTheRefusalNamesTheParameter() {
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo("secret-pipeline")::execute);
    assertEquals("pipeline \"secret-pipeline\", task \"create-secret\": it would create a Secret on a Kubernetes"
        + " cluster, which the local engine does not have (it emulates only creating volume claims and snapshots, as"
        + " folders); give it a test double with its outputs: -Dkfp4j.doubles=create-secret:name=VALUE,manifest=VALUE"
        + " (or <doubles>, <doublesFile> in the plugin's configuration), or run the pipeline on KFP (kfp4j:submit)",
        e.getMessage());
  }

  @Test
  void aDoubleThatDoesNotFitThePipelineNamesTheParameterTheTaskAndTheFix() {
    RunMojo unknown = mojo("secret-pipeline");
    unknown.doubles = "create-secrt:name=s";
    MojoFailureException e = assertThrows(MojoFailureException.class, unknown::execute);
    assertEquals("doubles (kfp4j.doubles) \"create-secrt:name=s\": pipeline \"secret-pipeline\" has no task or"
        + " component \"create-secrt\"; its tasks are: create-secret, shout (component Shout); name one of them: a"
        + " double stands in for a task by its name (in every iteration of a loop), or for every task of a component"
        + " by the component's name", e.getMessage());

    RunMojo output = mojo("secret-pipeline");
    output.doubles = "create-secret:nme=s,manifest={}";
    e = assertThrows(MojoFailureException.class, output::execute);
    assertEquals("doubles (kfp4j.doubles) \"create-secret:nme=s,manifest={}\": task \"create-secret\" has no"
        + " output \"nme\"; its outputs are: name, manifest; name its outputs only", e.getMessage());

    RunMojo malformed = mojo("secret-pipeline");
    malformed.doubles = "create-secret=name=s";
    e = assertThrows(MojoFailureException.class, malformed::execute);
    assertEquals("doubles (kfp4j.doubles) \"create-secret=name=s\": it has no colon after the task; write it as"
        + " TASK:OUTPUT=VALUE[,OUTPUT=VALUE...] (TASK alone for a task without outputs)", e.getMessage());
    assertTrue(!Files.exists(dir.resolve("store/runs")), "no run started: " + log.text());
  }

  @Test
  void sourcesWithoutClassesAreAMistakeNotNothingToDo() throws Exception {
    RunMojo mojo = mojo();
    Files.delete(dir.resolve("target/classes"));
    Path sources = Files.createDirectories(dir.resolve("src/main/java/com/example"));
    Files.writeString(sources.resolve("Flows.java"), "package com.example; class Flows {}");
    mojo.project.addCompileSourceRoot(dir.resolve("src/main/java").toString());
    MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
    assertEquals("com.example:app has Java sources but no compiled classes in " + dir.resolve("target/classes")
        + ": kfp4j:run acts on the compiled pipelines and does not compile them. Compile in the same command: mvn"
        + " compile kfp4j:run", e.getMessage());
  }

  @Test
  void aModuleWithNeitherSourcesNorClassesHasNothingToRun() throws Exception {
    RunMojo mojo = mojo();
    Files.delete(dir.resolve("target/classes"));
    mojo.execute();
    assertEquals(java.util.List.of("[info] kfp4j: com.example:app has no classes; nothing to run"), log.lines);
  }
}

package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The plugin words a library failure's fix with its configuration, never with a command-line flag. */
class MavenWordingTest {
  @Test
  void anOptionFactBecomesThePluginsParameter() {
    Kfp4jException insecure = new Kfp4jException(Kind.IMAGE, "the registry does not serve HTTPS (x)",
        "allow plain HTTP with ComponentImage.Builder.insecure(true)", Kfp4jException.facts(Fact.OPTION, "insecure"),
        null);
    Exception failure = BuildFailures.of(insecure);
    assertInstanceOf(MojoFailureException.class, failure);
    assertEquals("the registry does not serve HTTPS (x); set <insecure>true</insecure> or -Dkfp4j.insecure=true to"
        + " allow plain HTTP (only for a registry you trust, such as one on 127.0.0.1)", failure.getMessage());
  }

  @Test
  void aFileThatCannotBeWrittenIsAnErrorOfTheBuild() {
    Kfp4jException io = new Kfp4jException(Kind.IO, "cannot write x", "check the folder", java.util.Map.of(), null);
    Exception failure = BuildFailures.of(io);
    assertInstanceOf(MojoExecutionException.class, failure);
    assertEquals("cannot write x; check the folder", failure.getMessage());
  }

  @Test
  void aComponentThatRunsOnlyOnKfpV2NamesTheTargetParameter() {
    Kfp4jException v2Only = new Kfp4jException(Kind.INVALID_PIPELINE, "pipeline \"p\", task \"add\": {{$}} is v2 only",
        "compile the pipeline for KFP v2 (io.kfp4j.sdk.v2.PipelineSpecCompiler)", Kfp4jException.facts(Fact.OPTION,
        "target-v2"), null);
    assertEquals("pipeline \"p\", task \"add\": {{$}} is v2 only; this KFP v2 component runs only on KFP v2: compile"
        + " the pipeline for KFP v2 with <target>v2</target> in the plugin's configuration (-Dkfp4j.target=v2)",
        BuildFailures.of(v2Only).getMessage());
    Kfp4jException kfp1 = new Kfp4jException(Kind.INVALID_INPUT, "http://kfp does not answer the v2beta1 API",
        "send the Argo workflow (target argo)", Kfp4jException.facts(Fact.OPTION, "target-argo"), null);
    assertEquals("http://kfp does not answer the v2beta1 API; send the Argo workflow instead: set <target>argo</target>"
        + " (-Dkfp4j.target=argo), or leave the target out to let the server decide",
        BuildFailures.of(kfp1).getMessage());
  }

  @Test
  void anImporterTheEngineCannotRunNamesTheDoublesAndParamsParameters() {
    Kfp4jException fromParameter = new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"p\", task \"importer\":"
        + " imports \"gs://b/x\"", "give the task a test double", Kfp4jException.facts(Fact.TASK, "importer",
        Fact.OPTION, "import", Fact.PARAMETER, "uri"), null);
    assertEquals("pipeline \"p\", task \"importer\": imports \"gs://b/x\"; give it a test double with the artifact's"
        + " content: -Dkfp4j.doubles=importer:artifact=CONTENT (or <doubles>, <doublesFile> in the plugin's"
        + " configuration), or -Dkfp4j.params=uri=PATH of a local file or folder (or a file:// URI), or run the"
        + " pipeline on KFP (kfp4j:submit)", BuildFailures.of(fromParameter).getMessage());
    Kfp4jException constant = new Kfp4jException(Kind.INVALID_INPUT, "x", "y", Kfp4jException.facts(Fact.TASK,
        "importer-2", Fact.OPTION, "import"), null);
    assertTrue(BuildFailures.of(constant).getMessage().contains("-Dkfp4j.doubles=importer-2:artifact=CONTENT (or"
        + " <doubles>, <doublesFile> in the plugin's configuration), or a local file or folder (or a file:// URI) as"
        + " its URI, or"), BuildFailures.of(constant).getMessage());
  }

  @Test
  void aFailureWordedForMavenHasNoCauseWhoseMessageMavenWouldPrintAfterIt() {
    Kfp4jException worded = new Kfp4jException(Kind.IMAGE, "no HTTPS (x)", "call insecure(true)",
        Kfp4jException.facts(Fact.OPTION, "insecure"), null);
    Exception failure = BuildFailures.of(worded);
    // Maven's exception handler appends each cause's message that the message does not contain
    for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
      assertTrue(failure.getMessage().contains(t.getMessage()), t.getMessage());
    }
    assertFalse(failure.getMessage().contains("insecure(true)"), failure.getMessage());
    assertSame(worded, failure.getSuppressed()[0], "the library's exception stays for mvn -e");
    Kfp4jException plain = new Kfp4jException(Kind.INVALID_PIPELINE, "pipeline \"p\": no tasks", "add a task",
        java.util.Map.of(), null);
    assertSame(plain, BuildFailures.of(plain).getCause(), "a message the plugin keeps keeps its cause");
  }
}

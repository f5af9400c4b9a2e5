package io.kfp4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
}

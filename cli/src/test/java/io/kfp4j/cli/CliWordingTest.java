package io.kfp4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import org.junit.jupiter.api.Test;

/** The command words a library failure's fix with its own flags, from the failure's kind and facts. */
class CliWordingTest {
  @Test
  void anOptionFactBecomesTheCommandsFlag() {
    Kfp4jException insecure = new Kfp4jException(Kind.IMAGE, "the registry does not serve HTTPS (x)",
        "allow plain HTTP with ComponentImage.Builder.insecure(true)", Kfp4jException.facts(Fact.OPTION, "insecure"),
        null);
    assertEquals("the registry does not serve HTTPS (x); add --insecure to allow plain HTTP (only for a registry you"
        + " trust, such as one on 127.0.0.1)", CliWording.FRONT_END.message(insecure));
    Kfp4jException parameter = new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"p\" needs a value for parameter"
        + " \"b\" (it has no default)", "pass it in the arguments", Kfp4jException.facts(Fact.PARAMETER, "b",
        Fact.OPTION, "parameter"), null);
    assertEquals("pipeline \"p\" needs a value for parameter \"b\" (it has no default); pass it, e.g. --param b=...",
        CliWording.FRONT_END.message(parameter));
  }

  @Test
  void withoutAWordingTheLibrarysOwnMessageStays() {
    Kfp4jException plain = new Kfp4jException(Kind.IO, "cannot write x", "check the folder", java.util.Map.of(), null);
    assertEquals("cannot write x; check the folder", CliWording.FRONT_END.message(plain));
    Kfp4jException missingRun = new Kfp4jException(Kind.NOT_FOUND, "no run \"r\" under .kfp4j", null,
        Kfp4jException.facts(Fact.RUN, "r"), null);
    assertEquals("no run \"r\" under .kfp4j; see kfp4j runs list", CliWording.FRONT_END.message(missingRun));
  }

  @Test
  void theTargetThatFixesItIsNamedAsTheCommandsFlag() {
    Kfp4jException v2Only = new Kfp4jException(Kind.INVALID_PIPELINE, "pipeline \"p\", task \"add\": {{$}} is v2 only",
        "compile the pipeline for KFP v2 (io.kfp4j.sdk.v2.PipelineSpecCompiler)", Kfp4jException.facts(Fact.OPTION,
        "target-v2"), null);
    assertEquals("pipeline \"p\", task \"add\": {{$}} is v2 only; this KFP v2 component runs only on KFP v2: compile"
        + " the pipeline with --target v2", CliWording.FRONT_END.message(v2Only));
    Kfp4jException archive = new Kfp4jException(Kind.INVALID_INPUT, "cannot write the pipeline spec (target v2) to"
        + " a.zip", "name a .yaml file", Kfp4jException.facts(Fact.OPTION, "output"), null);
    assertEquals("cannot write the pipeline spec (target v2) to a.zip; give -o a .yaml or .yml file, or add --target"
        + " argo to write a .zip or .tar.gz package", CliWording.FRONT_END.message(archive));
    Kfp4jException kfp1 = new Kfp4jException(Kind.INVALID_INPUT, "http://kfp does not answer the v2beta1 API",
        "send the Argo workflow (target argo)", Kfp4jException.facts(Fact.OPTION, "target-argo"), null);
    assertEquals("http://kfp does not answer the v2beta1 API; send the Argo workflow instead: --target argo (or leave"
        + " --target out to let the server decide)", CliWording.FRONT_END.message(kfp1));
  }
}

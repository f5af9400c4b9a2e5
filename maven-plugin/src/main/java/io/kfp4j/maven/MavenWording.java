package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.tooling.FrontEnd;
import io.kfp4j.tooling.doubles.DoubleText;
import java.util.Optional;

/**
 * How the Maven plugin words the fixes that tooling and library messages suggest: with the pom and Maven's own
 * options, chosen from an exception's kind and facts (the {@link Fact#OPTION} that fixes it).
 */
final class MavenWording {
  /** The plugin's wording. */
  static final FrontEnd FRONT_END = FrontEnd.builder()
      .missingClassFix("add the dependency that holds it to the project's pom.xml")
      .noPipelinesFix("run the goal after the project is compiled (mvn package kfp4j:compile)")
      .listPipelines("mvn kfp4j:compile, which names every pipeline it compiles")
      .stackTrace("run Maven with -e for the stack trace")
      .fixes(MavenWording::fix)
      .build();

  private MavenWording() {}

  /** The plugin's fix for a library failure, or empty to keep the library's own. */
  static Optional<String> fix(Kfp4jException e) {
    String option = e.facts().get(Fact.OPTION);
    if (option == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (option) {
      case "insecure" -> "set <insecure>true</insecure> or -Dkfp4j.insecure=true to allow plain HTTP (only for a"
          + " registry you trust, such as one on 127.0.0.1)";
      case "login" -> "log in with docker login (kfp4j reads the Docker config) or set <username> and <password>"
          + " (-Dkfp4j.username, -Dkfp4j.password)";
      case "cache" -> "set a writable <cache> folder (-Dkfp4j.cache=DIR)";
      case "base" -> e.fix().map(f -> f + "; ").orElse("") + "or choose another base image with <base> or"
          + " -Dkfp4j.base=REF, docker://REF or tar://PATH (it needs java on its PATH)";
      case "parameter" -> "pass it, e.g. -Dkfp4j.params=" + e.facts().get(Fact.PARAMETER) + "=...";
      case "parameter-value" -> e.fix().map(f -> f + ": ").orElse("") + "-Dkfp4j.params=" + e.facts().get(
          Fact.PARAMETER) + "=VALUE (or <parameters> in the plugin's configuration)";
      case "double" -> "give it a test double with its outputs: -Dkfp4j.doubles=" + DoubleText.suggested(e)
          + " (or <doubles>, <doublesFile> in the plugin's configuration), or run the pipeline on KFP (kfp4j:submit)";
      case "import" -> "give it a test double with the artifact's content: -Dkfp4j.doubles="
          + DoubleText.importDouble(e) + " (or <doubles>, <doublesFile> in the plugin's configuration), or "
          + DoubleText.localImport(e, "-Dkfp4j.params=") + ", or run the pipeline on KFP (kfp4j:submit)";
      case "timeout" -> "wait longer (<timeout>, -Dkfp4j.timeout=S) or look at it in the KFP UI";
      case "token" -> e.fact(Fact.STATUS).filter(s -> s.equals("401") || s.equals("403")).isPresent()
          ? "check the bearer token (<tokenFile>, -Dkfp4j.tokenFile=FILE) and the namespace" : null;
      case "token-file" -> "check <tokenFile> (-Dkfp4j.tokenFile=FILE)";
      case "endpoint" -> "check <endpoint> (-Dkfp4j.endpoint=URL, default: env KFP_ENDPOINT): "
          + e.fix().orElse("give the KFP API's URL");
      case "port" -> "is another kfp4j ui running? Choose another port with <port> or -Dkfp4j.port=N (0 for any"
          + " free one)";
      case "target" -> e.fix().map(f -> f + ": ").orElse("") + "set <target>argo</target> or <target>v2</target>"
          + " (-Dkfp4j.target=argo|v2)";
      case "target-v2" -> "this KFP v2 component runs only on KFP v2: compile the pipeline for KFP v2 with"
          + " <target>v2</target> in the plugin's configuration (-Dkfp4j.target=v2)";
      case "target-argo" -> "send the Argo workflow instead: set <target>argo</target> (-Dkfp4j.target=argo), or"
          + " leave the target out to let the server decide";
      case "output" -> "set <format>yaml</format>, or <target>argo</target> (-Dkfp4j.target=argo) for a zip or"
          + " tar.gz package";
      case "api" -> e.fix().map(f -> f + ": ").orElse("") + "set <api>v1</api> with <target>argo</target>, or"
          + " <api>v2</api> with <target>v2</target> (-Dkfp4j.api, -Dkfp4j.target); or neither, to ask the server";
      default -> null;
    });
  }
}

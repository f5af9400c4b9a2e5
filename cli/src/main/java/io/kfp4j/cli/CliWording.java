package io.kfp4j.cli;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.tooling.FrontEnd;
import io.kfp4j.tooling.doubles.DoubleText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the {@code kfp4j} command words the fixes that tooling and library messages suggest: options and subcommands
 * by their names, chosen from an exception's kind and facts (the {@link Fact#OPTION} that fixes it).
 */
public final class CliWording {
  /** The command's wording. */
  public static final FrontEnd FRONT_END = FrontEnd.builder()
      .missingClassFix("put the project's dependencies on --classpath too")
      .noPipelinesFix("give its classes with --classpath")
      .listPipelines("kfp4j compile --list")
      .stackTrace("add --stacktrace for the stack trace")
      .fixes(CliWording::fix)
      .build();

  private CliWording() {}

  /** The command's fix for a library failure, or empty to keep the library's own. */
  static Optional<String> fix(Kfp4jException e) {
    String option = e.facts().get(Fact.OPTION);
    if (option != null) {
      return Optional.ofNullable(switch (option) {
        case "insecure" -> "add --insecure to allow plain HTTP (only for a registry you trust, such as one on"
            + " 127.0.0.1)";
        case "login" -> "log in with docker login (kfp4j reads the Docker config) or give --username and --password";
        case "cache" -> "give a writable --cache folder";
        case "base" -> e.fix().map(f -> f + "; ").orElse("") + "or choose another base image with --base REF,"
            + " docker://REF or tar://PATH (it needs java on its PATH)";
        case "classpath" -> "give the project's classes folder and its runtime dependencies (with Maven: --classpath"
            + " target/classes:$(mvn -q dependency:build-classpath -DincludeScope=runtime"
            + " -Dmdep.outputFile=/dev/stdout))";
        case "parameter" -> "pass it, e.g. --param " + e.facts().get(Fact.PARAMETER) + "=...";
        case "parameter-value" -> e.fix().map(f -> f + ": ").orElse("") + "--param " + e.facts().get(Fact.PARAMETER)
            + "=VALUE";
        case "double" -> "give it a test double with its outputs: --double " + DoubleText.suggested(e)
            + " (or --doubles FILE), or run the pipeline on KFP (--endpoint)";
        case "import" -> "give it a test double with the artifact's content: --double " + DoubleText.importDouble(e)
            + " (or --doubles FILE), or " + DoubleText.localImport(e, "--param ") + ", or run the pipeline on KFP"
            + " (--endpoint)";
        case "timeout" -> "wait longer (--timeout) or look at it in the KFP UI";
        case "token" -> e.fact(Fact.STATUS).filter(s -> s.equals("401") || s.equals("403")).isPresent()
            ? "check the bearer token (--token-file) or the cookies, and the namespace" : null;
        case "token-file" -> "check --token-file";
        case "endpoint" -> "check --endpoint (or KFP_ENDPOINT): " + e.fix().orElse("give the KFP API's URL");
        case "port" -> "is another kfp4j ui running? Choose another port with --port";
        case "target" -> e.fix().map(f -> f + ": ").orElse("") + "--target argo or --target v2";
        case "target-v2" -> "this KFP v2 component runs only on KFP v2: compile the pipeline with --target v2";
        case "target-argo" -> "send the Argo workflow instead: --target argo (or leave --target out to let the server"
            + " decide)";
        case "output" -> "give -o a .yaml or .yml file, or add --target argo to write a .zip or .tar.gz package";
        case "api" -> e.fix().map(f -> f + ": ").orElse("") + "--api v1 --target argo, or --api v2 --target v2;"
            + " or leave both out to ask the server";
        default -> null;
      });
    }
    if (e.kind() == Kind.NOT_FOUND && e.fact(Fact.RUN).isPresent()) {
      return Optional.of("see kfp4j runs list");
    }
    if (e instanceof KfpApiException api) {
      return serverFix(api);
    }
    return Optional.empty();
  }

  /** The resource of a KFP API path: {@code /apis/v2beta1/runs/ID} is a run's (group 1 {@code runs}, 2 the id). */
  private static final Pattern RESOURCE = Pattern.compile("/apis/v[0-9a-z]+/(experiments|runs|pipelines)/([^/?:]+)");

  /**
   * The fix of a server's refusal that a command can word: a 404 for an experiment, run or pipeline id (check it
   * with the list command), another 404 of API v2beta1 (a KFP 1.x server), a 400 for a list with a filter (check the
   * filter's wording for the API).
   */
  private static Optional<String> serverFix(KfpApiException e) {
    String path = e.path() == null ? "" : e.path();
    Matcher resource = RESOURCE.matcher(path);
    if (e.status() == 404 && resource.lookingAt()) {
      String kind = resource.group(1);
      return Optional.of("the server has no " + kind.substring(0, kind.length() - 1) + " " + resource.group(2)
          + ": kfp4j " + kind + " list shows its " + kind + " (and --namespace, those of a namespace)");
    }
    if (e.status() == 404 && path.startsWith("/apis/v2beta1/")) {
      return Optional.of("the server does not answer API v2beta1 (a KFP 1.x server?): leave --api out or give --api"
          + " v1");
    }
    if (e.status() == 400 && path.contains("filter=")) {
      return Optional.of("check the filter (--filter): API v2beta1 reads {\"predicates\": [{\"operation\":"
          + " \"EQUALS\", \"key\": \"display_name\", \"string_value\": \"...\"}]}, v1beta1 \"op\" for"
          + " \"operation\" and key \"name\"; --api chooses the API");
    }
    return Optional.empty();
  }
}

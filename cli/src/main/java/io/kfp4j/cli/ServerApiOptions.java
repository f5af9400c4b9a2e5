package io.kfp4j.cli;

import io.kfp4j.sdk.client.ApiVersions;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.kfp.ServerChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of commands that send a pipeline to a server, mixed in: {@code --api v1|v2} and
 * {@code --target argo|v2}, which go together ({@link ServerChoice}); without either, the server is asked once.
 */
public final class ServerApiOptions {
  /** The rule, for the commands' help. */
  public static final String RULE = "--api and --target go together: v1 (API v1beta1) sends the Argo workflow"
      + " (argo), v2 (API v2beta1) KFP v2's pipeline spec (v2); give either and the other follows. Without both,"
      + " kfp4j asks the server once: one answering GET /apis/v2beta1/healthz (KFP 2.x) gets v2, any other argo."
      + " KFP 2.x servers still run Argo workflows through v1beta1: give --target argo for that.";

  @Option(names = "--api", paramLabel = "v1|v2", description = "The KFP API: v1 (v1beta1) or v2 (v2beta1)."
      + " Default: as the target, else as the server answers.")
  String api;

  @Option(names = "--target", paramLabel = "argo|v2", description = "Send the Argo workflow (argo) or KFP v2's"
      + " pipeline spec (v2). Default: as the API, else as the server answers.")
  String target;

  private ApiVersions versions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /**
   * The API and target for this server.
   *
   * @throws ParameterException naming {@code --api} or {@code --target} for an unknown name (exit 2)
   * @throws io.kfp4j.tooling.ToolingException naming {@code --api} and {@code --target} when they do not fit
   */
  public ServerChoice choose(KfpConfig config) {
    Target given = target();
    io.kfp4j.sdk.client.ApiVersion version = api();
    if (versions == null) {
      versions = new ApiVersions();
    }
    return ServerChoice.choose(version, given, () -> versions.of(config), config.shownHost());
  }

  /**
   * The {@code --target} given, or {@code null}.
   *
   * @throws ParameterException for a name other than argo or v2
   */
  public Target target() {
    return target == null || target.isBlank() ? null : parseTarget(mixee, target);
  }

  /**
   * A command's {@code --target} value.
   *
   * @throws ParameterException naming {@code --target} and the value for a name other than argo or v2 (exit 2)
   */
  public static Target parseTarget(CommandSpec command, String target) {
    try {
      return Target.of(target);
    } catch (ToolingException e) {
      throw new ParameterException(command.commandLine(), "--target " + target + ": " + e.getMessage());
    }
  }

  /**
   * The {@code --api} given, or {@code null}.
   *
   * @throws ParameterException for a name other than v1 or v2
   */
  public io.kfp4j.sdk.client.ApiVersion api() {
    return ApiOption.parse(mixee, api);
  }
}

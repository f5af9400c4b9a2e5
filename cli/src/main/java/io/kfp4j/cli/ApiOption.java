package io.kfp4j.cli;

import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.ApiVersions;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.kfp.ServerChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --api v1|v2} option of the commands that read or change what a KFP server holds (experiments, runs,
 * pipelines), mixed in. Without it the server is asked once, as {@link ServerChoice} asks it for {@code kfp4j run}:
 * one answering {@code GET /apis/v2beta1/healthz} (KFP 2.x) is spoken to through v2beta1, any other through
 * v1beta1.
 */
public final class ApiOption {
  @Option(names = "--api", paramLabel = "v1|v2", description = "The KFP API: v1 (v1beta1) or v2 (v2beta1)."
      + " Default: as the server answers (v2 for KFP 2.x).")
  String api;

  private ApiVersions versions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /**
   * The {@code --api} given, or {@code null}.
   *
   * @throws ParameterException naming {@code --api} for a name other than v1 or v2
   */
  public ApiVersion given() {
    return parse(mixee, api);
  }

  /**
   * An {@code --api} value of a command, or {@code null} when none was given.
   *
   * @throws ParameterException naming {@code --api} and the value for a name other than v1 or v2
   */
  static ApiVersion parse(CommandSpec command, String api) {
    try {
      return ServerChoice.api(api);
    } catch (ToolingException e) {
      throw new ParameterException(command.commandLine(), "--api " + api + ": " + e.problem());
    }
  }

  /**
   * The API to speak to this server: the one given, else the one the server answers (asked once per command).
   *
   * @throws ParameterException naming {@code --api} for a name other than v1 or v2
   * @throws io.kfp4j.sdk.client.KfpApiException when the server has to be asked and cannot be reached
   */
  public ApiVersion choose(KfpConfig config) {
    if (versions == null) {
      versions = new ApiVersions();
    }
    return ServerChoice.choose(given(), null, () -> versions.of(config), config.shownHost()).api();
  }
}

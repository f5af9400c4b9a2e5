package io.kfp4j.maven;

import io.kfp4j.sdk.client.ApiVersions;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.Redaction;
import io.kfp4j.tooling.compile.Target;
import io.kfp4j.tooling.kfp.ServerChoice;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that sends a pipeline to a Kubeflow Pipelines server: its address, namespace and token, and the API and
 * target, which go together: {@code v1} (API v1beta1) sends the Argo workflow ({@code argo}), {@code v2} (API
 * v2beta1) KFP v2's pipeline spec ({@code v2}). Give either and the other follows; give neither and the server is
 * asked once: one answering {@code GET /apis/v2beta1/healthz} (KFP 2.x) gets {@code v2}, any other {@code argo}.
 */
abstract class KfpServerMojo extends PipelineMojo {
  /** The KFP server, such as {@code http://localhost:8888}. Default: the environment variable KFP_ENDPOINT. */
  @Parameter(property = "kfp4j.endpoint", defaultValue = "${env.KFP_ENDPOINT}")
  String endpoint;

  /** The user namespace of a multi-user cluster. */
  @Parameter(property = "kfp4j.namespace")
  String namespace;

  /** A file holding the bearer token, read again when it changes. */
  @Parameter(property = "kfp4j.tokenFile")
  File tokenFile;

  /**
   * The KFP API: {@code v1} (v1beta1) or {@code v2} (v2beta1). Default: as the target, else as the server answers.
   */
  @Parameter(property = "kfp4j.api")
  String api;

  /**
   * What to send: {@code argo}, the Argo workflow, or {@code v2}, KFP v2's pipeline spec. Default: as the API, else
   * as the server answers (KFP 2.x servers still run Argo workflows through v1beta1: set {@code argo} for that).
   */
  @Parameter(property = "kfp4j.target")
  String target;

  /** The API and the target for the server, asking it only when neither is set. */
  ServerChoice choose(KfpConfig config) {
    return ServerChoice.choose(ServerChoice.api(api), target == null || target.isBlank() ? null
        : Target.of(target), () -> new ApiVersions().of(config), config.shownHost());
  }

  /**
   * The client of the server.
   *
   * @throws MojoFailureException when no server is named, or its address is not usable
   */
  KfpClient client() throws MojoFailureException {
    return KfpClient.create(config());
  }

  /**
   * The configuration of the server, for either API's client.
   *
   * @throws MojoFailureException when no server is named, or its address is not usable
   */
  KfpConfig config() throws MojoFailureException {
    if (endpoint == null || endpoint.isBlank()) {
      throw new MojoFailureException("no KFP server: set <endpoint> in the plugin's configuration, pass"
          + " -Dkfp4j.endpoint=URL, or set the environment variable KFP_ENDPOINT");
    }
    try {
      return KfpConfig.builder().host(endpoint.strip()).namespace(namespace)
          .tokenFile(tokenFile == null ? null : tokenFile.toPath()).build();
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("endpoint (kfp4j.endpoint) " + Redaction.endpoint(endpoint) + " is not usable: "
          + Redaction.urls(e.getMessage()));
    }
  }
}

package io.kfp4j.maven;

import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.Redaction;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that talks to a Kubeflow Pipelines server (API v1beta1): its address, namespace and token. */
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
   * The client of the server.
   *
   * @throws MojoFailureException when no server is named, or its address is not usable
   */
  KfpClient client() throws MojoFailureException {
    if (endpoint == null || endpoint.isBlank()) {
      throw new MojoFailureException("no KFP server: set <endpoint> in the plugin's configuration, pass"
          + " -Dkfp4j.endpoint=URL, or set the environment variable KFP_ENDPOINT");
    }
    try {
      return KfpClient.create(KfpConfig.builder().host(endpoint.strip()).namespace(namespace)
          .tokenFile(tokenFile == null ? null : tokenFile.toPath()).build());
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("endpoint (kfp4j.endpoint) " + Redaction.endpoint(endpoint) + " is not usable: "
          + Redaction.urls(e.getMessage()));
    }
  }
}

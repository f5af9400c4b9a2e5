package io.kfp4j.maven;

import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.KfpClient;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.v2.KfpV2Client;
import io.kfp4j.tooling.kfp.RemoteRun;
import io.kfp4j.tooling.kfp.RemoteRunV2;
import java.time.Duration;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Compiles a pipeline of the project (as {@code kfp4j:compile}, image pin included) and starts a run of it on a KFP
 * server, in an experiment created when missing; with {@code wait}, waits for the run and fails the build unless it
 * succeeds. The pipeline goes as an Argo workflow through API v1beta1 or as KFP v2's pipeline spec through v2beta1,
 * as {@code api} and {@code target} say, else as the server answers.
 */
@Mojo(name = "submit", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class SubmitMojo extends KfpServerMojo {
  /** The pipeline's arguments as {@code NAME=VALUE,NAME=VALUE}; they win over {@link #parameters}. */
  @Parameter(property = "kfp4j.params")
  String params;

  /** The pipeline's arguments in the pom: {@code <parameters><a>7</a></parameters>}. Others take their defaults. */
  @Parameter
  Map<String, String> parameters;

  /** The experiment the run belongs to (created when missing). Default: as kfp's client chooses, else Default. */
  @Parameter(property = "kfp4j.experiment")
  String experiment;

  /** Wait until the run finishes; the build fails unless it succeeds. */
  @Parameter(property = "kfp4j.wait", defaultValue = "false")
  boolean wait;

  /** With {@code wait}: give up after this many seconds. */
  @Parameter(property = "kfp4j.timeout", defaultValue = "3600")
  long timeout;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (timeout < 1) {
      throw new MojoFailureException("timeout (kfp4j.timeout) is " + timeout + " s; give at least 1");
    }
    Map<String, String> arguments = PipelineArguments.of(parameters, params);
    if (nothingTo("submit")) {
      return;
    }
    KfpConfig config = config();
    boolean v2 = choose(config).api() == ApiVersion.V2;
    preparePins();
    withChosenPipeline((graph, path) -> {
      Duration waitFor = wait ? Duration.ofSeconds(timeout) : null;
      boolean succeeded = v2
          ? RemoteRunV2.submit(KfpV2Client.create(config), graph, arguments, experiment, waitFor, getLog()::info)
          : RemoteRun.submit(KfpClient.create(config), graph, arguments, experiment, waitFor, getLog()::info);
      if (!succeeded) {
        throw new MojoFailureException("the run of " + graph.name() + " on " + config.shownHost()
            + " did not succeed; see its page above");
      }
    });
  }
}

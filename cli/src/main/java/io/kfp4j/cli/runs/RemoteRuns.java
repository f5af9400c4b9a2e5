package io.kfp4j.cli.runs;

import io.kfp4j.cli.ApiOption;
import io.kfp4j.cli.CommandFailedException;
import io.kfp4j.cli.KfpConnection;
import io.kfp4j.cli.PageOptions;
import io.kfp4j.sdk.client.ApiVersion;
import io.kfp4j.sdk.client.Experiment;
import io.kfp4j.sdk.client.KfpConfig;
import io.kfp4j.sdk.client.Page;
import io.kfp4j.sdk.client.Run;
import io.kfp4j.sdk.client.RunDetail;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code kfp4j runs list|show --endpoint}: the runs of a KFP server instead of the local records, through API
 * v1beta1 or v2beta1 as {@link ApiOption} chooses.
 */
final class RemoteRuns {
  private RemoteRuns() {}

  /**
   * Whether the command lists or shows a server's runs: with {@code --endpoint} (or {@code KFP_ENDPOINT}).
   *
   * @throws ParameterException for {@code --api} without a server
   */
  static boolean remote(KfpConnection kfp, ApiOption api, CommandSpec spec) {
    if (!kfp.hasEndpoint() && api.given() != null) {
      throw new ParameterException(spec.commandLine(), "--api chooses the API of a KFP server: give --endpoint URL"
          + " too (without a server, the runs recorded here are read)");
    }
    return kfp.hasEndpoint();
  }

  /** One page of runs, of the experiment of this name when given. */
  static void list(KfpConnection kfp, ApiOption api, PageOptions paging, String experiment) {
    if (kfp.api(api) == ApiVersion.V2) {
      Page<io.kfp4j.sdk.client.v2.Run> page = kfp.callV2(c -> c.listRuns(paging.query(),
          experimentId(experiment, c.config(), name -> c.experimentByName(name)
              .map(io.kfp4j.sdk.client.v2.Experiment::experimentId))));
      kfp.printPage("runs", page, r -> ShownRun.of(r).row(), ShownRun.HEADERS);
    } else {
      Page<Run> page = kfp.call(c -> c.listRuns(paging.query(),
          experimentId(experiment, c.config(), name -> c.experimentByName(name).map(Experiment::id))));
      kfp.printPage("runs", page, r -> ShownRun.of(r).row(), ShownRun.HEADERS);
    }
  }

  static void show(KfpConnection kfp, ApiOption api, String runId) {
    if (kfp.api(api) == ApiVersion.V2) {
      io.kfp4j.sdk.client.v2.Run run = kfp.callV2(c -> c.getRun(runId));
      kfp.print(run, out -> ShownRun.of(run).print(out));
    } else {
      RunDetail detail = kfp.call(c -> c.getRun(runId));
      kfp.print(detail, out -> ShownRun.of(detail.run()).print(out));
    }
  }

  /** The id of the experiment of this name, or {@code null} for none given. */
  private static String experimentId(String experiment, KfpConfig config,
      Function<String, Optional<String>> byName) {
    if (experiment == null) {
      return null;
    }
    return byName.apply(experiment).orElseThrow(
        () -> new CommandFailedException("no experiment \"" + experiment + "\" on " + config.shownHost()));
  }
}

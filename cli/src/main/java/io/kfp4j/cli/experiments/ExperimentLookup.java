package io.kfp4j.cli.experiments;

import io.kfp4j.sdk.client.Experiment;
import io.kfp4j.sdk.client.KfpApiException;
import io.kfp4j.sdk.client.KfpClient;

/** Finds an experiment named on the command line by its id, else (when the server has no such id) by its name. */
final class ExperimentLookup {
  private ExperimentLookup() {}

  static Experiment find(KfpClient kfp, String idOrName) {
    try {
      return kfp.getExperiment(idOrName);
    } catch (KfpApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      return kfp.experimentByName(idOrName).orElseThrow(() -> e);
    }
  }

  /** The table of one experiment. */
  static void print(java.io.PrintWriter out, Experiment e) {
    out.println("experiment " + e.id() + "  " + e.name());
    if (e.description() != null && !e.description().isEmpty()) {
      out.println("  description: " + e.description());
    }
    out.println("  created:     " + e.createdAt());
    out.println("  state:       " + ListExperimentsCommand.state(e.storageState()));
    if (e.resourceReferences() != null) {
      e.resourceReferences().forEach(r -> out.println("  " + r.key().type().toLowerCase(java.util.Locale.ROOT)
          + ":   " + r.key().id()));
    }
  }
}

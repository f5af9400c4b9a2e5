package io.kfp4j.cli.experiments;

import io.kfp4j.sdk.client.KfpApiException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an experiment named on the command line by its id, else (when the server has no such id) by its name; the
 * same for either API's client.
 */
final class ExperimentLookup {
  private ExperimentLookup() {}

  /**
   * The experiment of this id, else of this name.
   *
   * @throws KfpApiException the server's 404 for the id when it has no experiment of that name either
   */
  static <E> E find(String idOrName, Function<String, E> byId, Function<String, Optional<E>> byName) {
    try {
      return byId.apply(idOrName);
    } catch (KfpApiException e) {
      if (e.status() != 404) {
        throw e;
      }
      return byName.apply(idOrName).orElseThrow(() -> e);
    }
  }
}

package io.kfp4j.examples.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The models of one sweep, kept in the shared workspace until the best is picked:
 * {@code <workspace>/candidates/lr-<learning rate>.json}, each a model with how it did.
 *
 * <p>KFP v1 cannot hand the outputs of a loop's iterations to a task after the loop, so the iterations leave their
 * models in a folder that every task sees: on a cluster a mounted volume, on this machine any folder.
 */
final class Candidates {
  private Candidates() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A trained model and how it did on the test rows.
   *
   * @param model the model
   * @param accuracy its accuracy
   * @param logLoss its log loss
   */
  record Candidate(LogisticRegression model, double accuracy, double logLoss) {}

  /** Leaves a candidate in the workspace. */
  static void save(String workspace, Candidate candidate) throws IOException {
    Path file = file(workspace, candidate.model().learningRate());
    Files.createDirectories(file.getParent());
    JSON.writeValue(file.toFile(), candidate);
  }

  /**
   * The candidate trained with this learning rate.
   *
   * @throws IllegalStateException when there is none, naming the file and the likely cause
   */
  static Candidate load(String workspace, double learningRate) throws IOException {
    Path file = file(workspace, learningRate);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no candidate for learning rate " + learningRate + " at " + file + "; the"
          + " training tasks and this one must see the same workspace folder (mount the same volume on a cluster)");
    }
    return JSON.readValue(file.toFile(), Candidate.class);
  }

  private static Path file(String workspace, double learningRate) {
    return Path.of(workspace, "candidates", "lr-" + learningRate + ".json");
  }
}

package io.kfp4j.examples.ml;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import io.kfp4j.examples.ml.Candidates.Candidate;
import io.kfp4j.runtime.metrics.Metrics;
import io.kfp4j.runtime.metrics.UiMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Components that train candidates and pick the best. Their {@code @OutputPath Metrics} and
 * {@code @OutputPath UiMetadata} become the outputs {@code mlpipeline_metrics} and {@code mlpipeline_ui_metadata}
 * that KFP's UI (and {@code kfp4j ui}) shows.
 */
public final class Training {
  private Training() {}

  /** The classes of the churn data, in the order of their labels 0 and 1. */
  static final List<String> CLASSES = List.of("stayed", "left");

  /**
   * The outputs of {@link #trainModel}.
   *
   * @param accuracy the share of test rows predicted right
   * @param logLoss the mean log loss on the test rows
   */
  public record Score(double accuracy, double logLoss) {}

  /**
   * The outputs of {@link #pickBest}.
   *
   * @param accuracy the best model's accuracy on the test rows
   * @param learningRate the learning rate it was trained with
   */
  public record Best(double accuracy, double learningRate) {}

  /**
   * Trains a logistic regression with one learning rate, evaluates it on the test rows, and leaves it in the
   * workspace for {@link #pickBest}.
   *
   * @param trainPath the training rows
   * @param testPath the test rows
   * @param learningRate the gradient descent step
   * @param epochs passes over the training rows
   * @param workspace a folder that the training tasks and the picking task share
   * @param modelPath where the model goes, as JSON
   * @param metrics accuracy and log loss for KFP's run list (output {@code mlpipeline_metrics})
   * @param ui the model's summary and confusion matrix (output {@code mlpipeline_ui_metadata})
   * @return how the model did on the test rows
   * @throws IOException when a file cannot be read or written
   */
  @Component
  public static Score trainModel(@InputPath("CSV") Path trainPath, @InputPath("CSV") Path testPath,
      double learningRate, @Default("300") int epochs, String workspace, @OutputPath("Model") Path modelPath,
      @OutputPath Metrics metrics, @OutputPath UiMetadata ui) throws IOException {
    LogisticRegression model = LogisticRegression.fit(Table.read(trainPath), learningRate, epochs);
    Evaluation evaluation = Evaluation.of(model, Table.read(testPath));
    model.save(modelPath);
    Candidates.save(workspace, new Candidate(model, evaluation.accuracy(), evaluation.logLoss()));

    metrics.percentage("accuracy-score", evaluation.accuracy()).raw("log-loss", evaluation.logLoss());
    ui.markdown("## Learning rate " + learningRate + "\n\n" + epochs + " epochs; accuracy **"
            + percent(evaluation.accuracy()) + "**, log loss " + round(evaluation.logLoss()) + " on the test rows.\n")
        .confusionMatrix(CLASSES, evaluation.confusion());
    return new Score(evaluation.accuracy(), evaluation.logLoss());
  }

  /**
   * Picks the sweep's candidate with the lowest log loss on the test rows, and shows them all in a table. Log loss,
   * unlike accuracy, sees how sure a model is of each row, so it tells apart models that get the same rows right.
   *
   * @param workspace the folder the training tasks left their candidates in
   * @param learningRates the learning rates of the sweep
   * @param bestModelPath where the best model goes
   * @param ui KFP's visualizations of the candidates (output {@code mlpipeline_ui_metadata})
   * @return the best model's accuracy and learning rate
   * @throws IOException when a candidate cannot be read or the model written
   */
  @Component
  public static Best pickBest(String workspace, List<Double> learningRates, @OutputPath("Model") Path bestModelPath,
      @OutputPath UiMetadata ui) throws IOException {
    List<Candidate> candidates = new ArrayList<>();
    for (double rate : learningRates) {
      candidates.add(Candidates.load(workspace, rate));
    }
    Candidate best = candidates.stream().min(Comparator.comparingDouble(Candidate::logLoss))
        .orElseThrow(() -> new IllegalArgumentException("input learningRates is empty; give at least one rate"));
    best.model().save(bestModelPath);

    List<List<?>> rows = new ArrayList<>();
    for (Candidate c : candidates) {
      rows.add(List.of(c.model().learningRate(), percent(c.accuracy()), round(c.logLoss()), c == best ? "best" : ""));
    }
    ui.markdown("## Best learning rate: " + best.model().learningRate() + "\n\nAccuracy **"
            + percent(best.accuracy()) + "**, log loss " + round(best.logLoss()) + "; " + candidates.size()
            + " candidates.\n")
        .table(List.of("learning rate", "accuracy", "log loss", "picked"), rows);
    return new Best(best.accuracy(), best.model().learningRate());
  }

  static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }

  static String round(double value) {
    return String.format(java.util.Locale.ROOT, "%.4f", value);
  }
}

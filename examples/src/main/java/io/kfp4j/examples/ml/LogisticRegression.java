package io.kfp4j.examples.ml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A binary classifier in plain Java: logistic regression on standardized features, fitted by batch gradient
 * descent. It is saved as JSON, so that any later task (or a service) can load it.
 *
 * @param features the feature column names, in order
 * @param mean each feature's mean on the training rows
 * @param scale each feature's standard deviation on the training rows (1 where it is 0)
 * @param weights one weight per standardized feature
 * @param bias the intercept
 * @param learningRate the step size it was fitted with
 * @param epochs the passes over the training rows
 */
public record LogisticRegression(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
    double learningRate, int epochs) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Fits a model to the training table (label in its last column).
   *
   * @throws IllegalArgumentException when the learning rate or epochs make no sense, or there are no rows
   */
  public static LogisticRegression fit(Table train, double learningRate, int epochs) {
    if (!(learningRate > 0) || epochs < 1) {
      throw new IllegalArgumentException("learning rate must be above 0 and epochs at least 1, not " + learningRate
          + " and " + epochs);
    }
    if (train.rows().isEmpty()) {
      throw new IllegalArgumentException("no training rows");
    }
    int n = train.features().size();
    double[] mean = new double[n];
    double[] scale = new double[n];
    for (double[] row : train.rows()) {
      for (int j = 0; j < n; j++) {
        mean[j] += row[j] / train.rows().size();
      }
    }
    for (double[] row : train.rows()) {
      for (int j = 0; j < n; j++) {
        scale[j] += Math.pow(row[j] - mean[j], 2) / train.rows().size();
      }
    }
    for (int j = 0; j < n; j++) {
      scale[j] = scale[j] > 0 ? Math.sqrt(scale[j]) : 1;
    }
    var model = new LogisticRegression(train.features(), mean, scale, new double[n], 0, learningRate, epochs);
    for (int epoch = 0; epoch < epochs; epoch++) {
      model = model.step(train.rows());
    }
    return model;
  }

  /** One step of gradient descent on the mean log loss. */
  private LogisticRegression step(List<double[]> rows) {
    double[] gradient = new double[weights.length];
    double biasGradient = 0;
    for (double[] row : rows) {
      double error = probability(row) - Table.label(row);
      double[] x = standardized(row);
      for (int j = 0; j < x.length; j++) {
        gradient[j] += error * x[j] / rows.size();
      }
      biasGradient += error / rows.size();
    }
    double[] next = weights.clone();
    for (int j = 0; j < next.length; j++) {
      next[j] -= learningRate * gradient[j];
    }
    double nextBias = bias - learningRate * biasGradient;
    return new LogisticRegression(features, mean, scale, next, nextBias, learningRate, epochs);
  }

  /** The probability that a row (features first; a trailing label is ignored) is of class 1. */
  public double probability(double[] row) {
    double z = bias;
    double[] x = standardized(row);
    for (int j = 0; j < x.length; j++) {
      z += weights[j] * x[j];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** The predicted class of a row: 1 when its probability is at least one half. */
  public int predict(double[] row) {
    return probability(row) >= 0.5 ? 1 : 0;
  }

  private double[] standardized(double[] row) {
    double[] x = new double[weights.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = (row[j] - mean[j]) / scale[j];
    }
    return x;
  }

  /** Writes the model as JSON. */
  public void save(Path file) throws IOException {
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
  }

  /** Reads a model written by {@link #save}. */
  public static LogisticRegression load(Path file) throws IOException {
    return JSON.readValue(file.toFile(), LogisticRegression.class);
  }
}

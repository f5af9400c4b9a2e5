package io.kfp4j.examples.ml;

/**
 * How a model does on rows it was not trained on.
 *
 * @param accuracy the share of rows predicted right
 * @param logLoss the mean negative log likelihood of the true labels (lower is better)
 * @param confusion counts by true class (row) and predicted class (column), classes 0 and 1
 */
public record Evaluation(double accuracy, double logLoss, long[][] confusion) {

  /** Evaluates the model on a table with labels. */
  public static Evaluation of(LogisticRegression model, Table test) {
    if (test.rows().isEmpty()) {
      throw new IllegalArgumentException("no test rows to evaluate on; give the split a larger test fraction");
    }
    long[][] confusion = new long[2][2];
    double loss = 0;
    for (double[] row : test.rows()) {
      int label = Table.label(row);
      double p = Math.min(Math.max(model.probability(row), 1e-12), 1 - 1e-12);
      loss -= label == 1 ? Math.log(p) : Math.log(1 - p);
      confusion[label][model.predict(row)]++;
    }
    double right = confusion[0][0] + confusion[1][1];
    return new Evaluation(right / test.rows().size(), loss / test.rows().size(), confusion);
  }
}

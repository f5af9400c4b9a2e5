package io.kfp4j.examples.ml;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Components that bring the data in and split it. */
public final class DataPrep {
  private DataPrep() {}

  /** The bundled data set, a resource of this project (and so of its image). */
  static final String CHURN_CSV = "/datasets/churn.csv";

  /**
   * Loads the bundled churn data set: 400 synthetic customers with tenure, monthly charges, support calls, contract
   * type and whether they left. In a real project this reads from your storage.
   *
   * @param dataPath where the CSV goes
   * @throws IOException when the file cannot be written
   */
  @Component
  public static void loadChurnData(@OutputPath("CSV") Path dataPath) throws IOException {
    try (InputStream in = DataPrep.class.getResourceAsStream(CHURN_CSV)) {
      if (in == null) {
        throw new IllegalStateException("resource " + CHURN_CSV + " is not on the classpath; rebuild the project");
      }
      Files.copy(in, dataPath, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Splits a CSV file into a training and a test file, after shuffling its rows with a fixed seed.
   *
   * @param dataPath the rows to split
   * @param testFraction the share of rows that go to the test file, above 0 and below 1
   * @param seed the shuffle's seed: the same seed gives the same split
   * @param trainPath where the training rows go
   * @param testPath where the test rows go
   * @throws IOException when a file cannot be read or written
   */
  @Component
  public static void splitData(@InputPath("CSV") Path dataPath, double testFraction, @Default("42") long seed,
      @OutputPath("CSV") Path trainPath, @OutputPath("CSV") Path testPath) throws IOException {
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("input testFraction is " + testFraction
          + "; give a share above 0 and below 1, such as 0.25");
    }
    Table data = Table.read(dataPath);
    List<double[]> rows = new ArrayList<>(data.rows());
    Collections.shuffle(rows, new Random(seed));
    int testRows = (int) Math.round(rows.size() * testFraction);
    data.withRows(rows.subList(testRows, rows.size())).write(trainPath);
    data.withRows(rows.subList(0, testRows)).write(testPath);
  }
}

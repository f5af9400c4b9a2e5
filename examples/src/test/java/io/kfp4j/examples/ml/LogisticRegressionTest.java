package io.kfp4j.examples.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain Java model and table the pipeline's components use. */
class LogisticRegressionTest {

  /** Class 1 exactly when x + y > 10. */
  private static Table separable() {
    List<double[]> rows = new ArrayList<>();
    for (int x = 0; x <= 10; x++) {
      for (int y = 0; y <= 10; y++) {
        if (x + y != 10) {
          rows.add(new double[] {x, y, x + y > 10 ? 1 : 0});
        }
      }
    }
    return new Table(List.of("x", "y", "label"), rows);
  }

  @Test
  void learnsASeparableRuleAndSurvivesASaveAndLoad(@TempDir Path dir) throws Exception {
    LogisticRegression model = LogisticRegression.fit(separable(), 0.5, 500);
    Evaluation evaluation = Evaluation.of(model, separable());
    assertEquals(1.0, evaluation.accuracy());
    assertTrue(evaluation.logLoss() < 0.2, "log loss " + evaluation.logLoss());
    assertEquals(evaluation.confusion()[0][0] + evaluation.confusion()[1][1], separable().rows().size());

    model.save(dir.resolve("model.json"));
    LogisticRegression loaded = LogisticRegression.load(dir.resolve("model.json"));
    for (double[] row : separable().rows()) {
      assertEquals(model.probability(row), loaded.probability(row));
    }
    assertEquals(List.of("x", "y"), loaded.features());
  }

  @Test
  void badInputsSayWhatIsWrong(@TempDir Path dir) throws Exception {
    IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
        () -> LogisticRegression.fit(separable(), 0, 10));
    assertTrue(rate.getMessage().contains("learning rate must be above 0"), rate.getMessage());

    Path csv = Files.writeString(dir.resolve("data.csv"), "a,b,label\n1,2,0\n3,x,1\n");
    IllegalArgumentException cell = assertThrows(IllegalArgumentException.class, () -> Table.read(csv));
    assertEquals(csv + ":3: column \"b\" holds \"x\", which is not a number", cell.getMessage());

    Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b,label\n1,2\n");
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class, () -> Table.read(ragged));
    assertEquals(ragged + ":2: 2 values, expected 3 (a,b,label)", row.getMessage());
  }
}

package io.kfp4j.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** KFP's metrics file, the names and values KFP's server accepts, and KFP's legacy output names. */
class MetricsTest {

  @Test
  void writesKfpsJsonInOrder() {
    Metrics metrics = new Metrics().percentage("accuracy-score", 0.8).raw("rmse", 1.25)
        .add(new Metric("Log_Loss2", 3, Metric.Format.RAW));
    assertEquals("{\"metrics\":[{\"name\":\"accuracy-score\",\"numberValue\":0.8,\"format\":\"PERCENTAGE\"},"
        + "{\"name\":\"rmse\",\"numberValue\":1.25,\"format\":\"RAW\"},"
        + "{\"name\":\"Log_Loss2\",\"numberValue\":3.0,\"format\":\"RAW\"}]}", metrics.toJson());
    assertEquals(List.of("accuracy-score", "rmse", "Log_Loss2"), metrics.list().stream().map(Metric::name).toList());
  }

  @Test
  void aNameKfpsServerRefuses() {
    for (String name : List.of("1st", "acc-", "f1@0.5", "a".repeat(65), "")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Metrics().raw(name, 1));
      assertEquals("metric name \"" + name + "\" is not one KFP's server stores (letters, digits, - and _, starting"
          + " with a letter, ending with a letter or digit, at most 64 characters); write it as, for example,"
          + " \"accuracy-score\"", e.getMessage());
    }
    new Metrics().raw("a".repeat(64), 1);
  }

  @Test
  void aValueJsonCannotHold() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Metrics().raw("loss", Double.NaN));
    assertEquals("metric \"loss\" has the value NaN, which JSON cannot hold; KFP needs a finite number",
        e.getMessage());
  }

  @Test
  void aNameTwice() {
    Metrics metrics = new Metrics().raw("loss", 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics.percentage("loss", 0.5));
    assertEquals("metric \"loss\" is there already (1.0); KFP keeps one value per name, so give this one another"
        + " name", e.getMessage());
  }

  @Test
  void moreThanKfpReads() {
    Metrics metrics = new Metrics();
    for (int i = 0; i < Metrics.MAX_METRICS; i++) {
      metrics.raw("m" + i, i);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> metrics.raw("one-more", 1));
    assertEquals("metric \"one-more\" would be number 51; KFP's server refuses files with more than 50 metrics",
        e.getMessage());
  }

  @Test
  void legacyOutputNamesAsKfp() {
    assertEquals(Optional.of("mlpipeline-metrics"), UiOutputs.artifactOf("mlpipeline_metrics"));
    assertEquals(Optional.of("mlpipeline-metrics"), UiOutputs.artifactOf("MLPipeline Metrics"));
    assertEquals(Optional.of("mlpipeline-ui-metadata"), UiOutputs.artifactOf("MLPipeline UI metadata"));
    assertEquals(Optional.of("mlpipeline-ui-metadata"), UiOutputs.artifactOf("mlpipeline-ui-metadata"));
    assertEquals(Optional.empty(), UiOutputs.artifactOf("mlpipeline__metrics"), "each character is one dash");
    assertEquals(Optional.empty(), UiOutputs.artifactOf("mlpipeline_metrics_2"));
    assertEquals(Optional.empty(), UiOutputs.artifactOf("model"));
  }
}

package io.kfp4j.ui.internal.viz;

import static io.kfp4j.ui.internal.viz.TestHtml.entry;
import static io.kfp4j.ui.internal.viz.TestHtml.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TensorboardViewTest {

  @Test
  void namesTheLogDirAndTheCommandWithoutLinks() {
    Element section = only(entry("type", "tensorboard", "source", "gs://bucket/runs/1/logs"));

    assertEquals("viz viz-tensorboard", section.className());
    assertEquals("Tensorboard", section.selectFirst("h3").text());
    assertEquals("gs://bucket/runs/1/logs", section.selectFirst("p.viz-tensorboard-logdir code").text());
    assertEquals("tensorboard --logdir gs://bucket/runs/1/logs", section.selectFirst("pre code").text());
    assertTrue(section.select("a, iframe, [href], [src]").isEmpty());
  }

  @Test
  void theSourceIsNeverReadAndOddDirsAreQuotedForTheShell() {
    Element section = TestHtml.sections(TestHtml.metadata(entry("type", "tensorboard", "source", "logs/it's <here>")),
        source -> {
          throw new AssertionError("read " + source);
        }).get(0);

    assertEquals("tensorboard --logdir 'logs/it'\\''s <here>'", section.selectFirst("pre code").text());
    assertTrue(section.select("here").isEmpty());
  }
}

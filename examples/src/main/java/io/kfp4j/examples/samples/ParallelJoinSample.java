package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.ParallelJoinSampleOps.DownloadTextOp;
import io.kfp4j.examples.samples.ParallelJoinSampleOps.Echo2Op;
import io.kfp4j.sdk.Param;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** KFP's {@code parallel_join} sample: two tasks run side by side, and a third joins their results. */
public final class ParallelJoinSample {
  private ParallelJoinSample() {}

  /** KFP's public sample texts. */
  static final String SHAKESPEARE = "https://storage.googleapis.com/ml-pipeline/sample-data/shakespeare/shakespeare";

  /**
   * Downloads a text from a URL ({@code https:}, {@code http:} or {@code file:}).
   *
   * @param url where the text is
   * @return the text
   * @throws IOException when it cannot be downloaded
   */
  @Component
  public static String downloadText(String url) throws IOException {
    try (InputStream in = URI.create(url).toURL().openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Prints two texts, one per line.
   *
   * @param text1 the first text
   * @param text2 the second text
   * @return what was printed
   */
  @Component
  public static String echo2(String text1, String text2) {
    String both = "Text 1: " + text1 + "\nText 2: " + text2;
    System.out.println(both);
    return both;
  }

  /**
   * Downloads two texts in parallel and prints them together.
   *
   * <p>It shows: tasks with no data between them run at once; a task reading both outputs waits for both.
   *
   * @param url1 the first text
   * @param url2 the second text
   */
  @Pipeline(name = "parallel-pipeline",
      description = "Fetches two texts side by side, then prints them together.")
  public static void parallelJoinPipeline(@Default(SHAKESPEARE + "1.txt") Param<String> url1,
      @Default(SHAKESPEARE + "2.txt") Param<String> url2) {
    var download1 = DownloadTextOp.downloadText(url1);
    var download2 = DownloadTextOp.downloadText(url2);
    Echo2Op.echo2(download1.output(), download2.output());
  }
}

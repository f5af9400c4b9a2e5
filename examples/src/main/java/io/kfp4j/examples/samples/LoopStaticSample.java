package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.LoopStaticSampleOps.ConcatOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.PrintTextOp;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import java.util.List;
import java.util.Map;

/** KFP's {@code loop_static} sample: a loop over a list written in the pipeline. */
public final class LoopStaticSample {
  private LoopStaticSample() {}

  /** The loop's items: each a map whose fields the loop body reads. */
  static final List<Map<String, String>> ITEMS = List.of(Map.of("a", "1", "b", "2"), Map.of("a", "10", "b", "20"));

  /**
   * Prints a text.
   *
   * @param text the text
   * @return the text
   */
  @Component
  public static String printText(String text) {
    System.out.println(text);
    return text;
  }

  /**
   * Joins two texts.
   *
   * @param a the first
   * @param b the second
   * @return {@code a} followed by {@code b}
   */
  @Component
  public static String concat(String a, String b) {
    System.out.println(a + b);
    return a + b;
  }

  /**
   * Prints a greeting, then for each item joins its fields {@code a} and {@code b} and prints the result.
   *
   * <p>It shows: {@code ParallelFor.each} over a static list of maps, {@code item.field(...)}, and a task in the loop
   * that waits for one outside it with {@code after}.
   *
   * @param greeting printed first
   */
  @Pipeline(name = "pipeline-with-loop-static")
  public static void loopStaticPipeline(
      @Default("this is a test for looping through parameters") Param<String> greeting) {
    var print = PrintTextOp.printText(greeting);
    ParallelFor.each(ITEMS, item -> {
      var concat = ConcatOp.concat(item.field("a"), item.field("b")).after(print);
      PrintTextOp.printText(concat.output());
    });
  }
}

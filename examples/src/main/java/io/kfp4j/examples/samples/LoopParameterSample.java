package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.LoopParameterSampleOps.GeneratePairsOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.ConcatOp;
import io.kfp4j.examples.samples.LoopStaticSampleOps.PrintTextOp;
import io.kfp4j.sdk.ParallelFor;
import io.kfp4j.sdk.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KFP's {@code loop_parameter} sample: a loop over maps a task returns, reading their fields. It uses the components
 * of {@link LoopStaticSample}.
 */
public final class LoopParameterSample {
  private LoopParameterSample() {}

  /**
   * Makes the loop's items.
   *
   * @return four maps, {@code {"a": i, "b": 10 i}} for i from 1 to 4
   */
  @Component
  public static List<Map<String, Integer>> generatePairs() {
    List<Map<String, Integer>> pairs = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      pairs.add(Map.of("a", i, "b", i * 10));
    }
    return pairs;
  }

  /**
   * Prints a greeting, generates four pairs of numbers, then for each pair joins its fields and prints the result.
   *
   * <p>It shows: {@code ParallelFor.each} over a task's output of maps, with {@code item.field(...)} read when the
   * pipeline runs.
   *
   * @param greeting printed first
   */
  @Pipeline(name = "pipeline-with-loop-parameter")
  public static void loopParameterPipeline(
      @Default("this is a test for looping through parameters") Param<String> greeting) {
    var print = PrintTextOp.printText(greeting);
    var generate = GeneratePairsOp.generatePairs();
    ParallelFor.each(generate.output(), item -> {
      var concat = ConcatOp.concat(item.field("a"), item.field("b")).after(print);
      PrintTextOp.printText(concat.output());
    });
  }
}

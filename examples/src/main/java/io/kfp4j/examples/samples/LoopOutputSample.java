package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.LoopOutputSampleOps.ArgsGeneratorOp;
import io.kfp4j.examples.samples.LoopOutputSampleOps.PrintNumberOp;
import io.kfp4j.sdk.ParallelFor;
import java.util.List;

/** KFP's {@code loop_output} sample: a loop over the list a task returns. */
public final class LoopOutputSample {
  private LoopOutputSample() {}

  /**
   * Makes the loop's arguments.
   *
   * @return three numbers
   */
  @Component
  public static List<Double> argsGenerator() {
    return List.of(1.1, 1.2, 1.3);
  }

  /**
   * Prints a number.
   *
   * @param s the number
   * @return the number
   */
  @Component
  public static double printNumber(double s) {
    System.out.println(s);
    return s;
  }

  /**
   * Generates a list of numbers, then prints each in its own task.
   *
   * <p>It shows: {@code ParallelFor.each} over a task's {@code List} output, known only when the pipeline runs.
   */
  @Pipeline(name = "pipeline-with-loop-output")
  public static void loopOutputPipeline() {
    var generator = ArgsGeneratorOp.argsGenerator();
    ParallelFor.each(generator.output(), item -> PrintNumberOp.printNumber(item));
  }
}

package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.RetrySampleOps.RandomFailureOp;
import io.kfp4j.sdk.Param;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** KFP's {@code retry} sample: tasks that fail at random, retried until they pass or run out of attempts. */
public final class RetrySample {
  private RetrySample() {}

  /**
   * Fails at random: picks one of the exit codes and fails unless it is 0. As an exception ends a Java component,
   * the process exits with 1 whatever code was picked; the log says which.
   *
   * @param exitCodes the codes to pick from, separated by commas, such as {@code 0,1,2,3}
   * @return the code picked, 0
   */
  @Component
  public static int randomFailure(String exitCodes) {
    List<String> codes = List.of(exitCodes.split(","));
    int code = Integer.parseInt(codes.get(ThreadLocalRandom.current().nextInt(codes.size())).strip());
    System.out.println(code);
    if (code != 0) {
      throw new IllegalStateException("picked exit code " + code + " of " + exitCodes);
    }
    return code;
  }

  /**
   * Two tasks that fail at random, the first retried up to 10 times, the second up to 5.
   *
   * <p>It shows: {@code retry(n)}; the engine counts each task's attempts, as Argo does.
   *
   * @param exitCodes1 the first task's codes
   * @param exitCodes2 the second task's codes
   */
  @Pipeline(name = "retry-random-failures",
      description = "Two steps that fail at random, each retried a number of times with retry(n).")
  public static void retryPipeline(@Default("0,1,2,3") Param<String> exitCodes1,
      @Default("0,1") Param<String> exitCodes2) {
    RandomFailureOp.randomFailure(exitCodes1).retry(10);
    RandomFailureOp.randomFailure(exitCodes2).retry(5);
  }
}

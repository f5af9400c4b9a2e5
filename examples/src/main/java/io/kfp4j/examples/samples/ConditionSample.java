package io.kfp4j.examples.samples;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.examples.samples.ConditionSampleOps.FlipCoinOp;
import io.kfp4j.examples.samples.ConditionSampleOps.PrintMsgOp;
import io.kfp4j.sdk.Condition;
import io.kfp4j.sdk.Param;
import java.util.concurrent.ThreadLocalRandom;

/** KFP's {@code condition} sample: tasks that run only when a coin lands heads. */
public final class ConditionSample {
  private ConditionSample() {}

  /**
   * Flips a coin.
   *
   * @param forceFlipResult when not empty, the result to give instead of flipping
   * @return {@code heads} or {@code tails}
   */
  @Component
  public static String flipCoin(@Default("") String forceFlipResult) {
    if (!forceFlipResult.isEmpty()) {
      return forceFlipResult;
    }
    return ThreadLocalRandom.current().nextBoolean() ? "heads" : "tails";
  }

  /**
   * Prints a message and passes it on.
   *
   * @param msg the message
   * @return the message, so that later tasks and tests can read it
   */
  @Component
  public static String printMsg(String msg) {
    System.out.println(msg);
    return msg;
  }

  /**
   * Flips a coin and prints the result; when it is heads, flips again and prints that and a text. Give
   * {@code forceFlipResult} to decide the first flip.
   *
   * <p>It shows: {@code Condition.when} on a task's output, and optional inputs set with {@code withXxx}.
   *
   * @param text printed when the first flip is heads
   * @param forceFlipResult the first flip's result, or empty to flip
   */
  @Pipeline(name = "single-condition-pipeline")
  public static void conditionPipeline(@Default("condition test") Param<String> text,
      @Default("") Param<String> forceFlipResult) {
    var flip1 = FlipCoinOp.flipCoin().withForceFlipResult(forceFlipResult);
    PrintMsgOp.printMsg(flip1.output());
    Condition.when(flip1.output().eq("heads"), () -> {
      var flip2 = FlipCoinOp.flipCoin();
      PrintMsgOp.printMsg(flip2.output());
      PrintMsgOp.printMsg(text);
    });
  }
}

package io.kfp4j.sdk.local.calc;

import io.kfp4j.annotations.Default;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.sdk.Param;
import io.kfp4j.sdk.Value;
import io.kfp4j.testcomponents.CalcOps.AddOp;

/** The seed's pipelines, in Java. */
public final class SeedPipelines {
  private SeedPipelines() {}

  /**
   * The seed's addition pipeline: {@code a + 4}, then that sum plus {@code b}. With a=7 and b=8 the tasks give
   * 11 and 19.
   *
   * @param a the first addend of the first task
   * @param b the addend of the second task
   */
  @Pipeline(name = "addition-pipeline", description = "An example pipeline that performs addition calculations.")
  public static void additionPipeline(@Default("1") Param<Double> a, @Default("7") Param<Double> b) {
    var first = AddOp.add(a, Value.of(4.0));
    AddOp.add(first.output(), b);
  }
}

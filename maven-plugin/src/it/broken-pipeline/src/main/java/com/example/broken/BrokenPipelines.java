package com.example.broken;

import com.example.broken.BrokenPipelinesOps.AddOp;
import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.Pipeline;
import io.kfp4j.sdk.Param;

/** A pipeline that compiles as Java but cannot be built: its task gets no argument for an input. */
public final class BrokenPipelines {
  private BrokenPipelines() {}

  /**
   * Adds two numbers.
   *
   * @param a the first addend
   * @param b the second addend
   * @return the sum
   */
  @Component
  public static double add(double a, double b) {
    return a + b;
  }

  /**
   * Passes null where the first addend should be.
   *
   * @param b the second addend
   */
  @Pipeline(name = "broken-pipeline")
  public static void broken(Param<Double> b) {
    AddOp.add(null, b);
  }
}

package io.kfp4j.cli.flows.acme;

/** Stands for a class holding a {@code @Pipeline} method, whose generated class is {@link FlipCoinPipeline}. */
public final class Flows {
  private Flows() {}

  /** The pipeline method; the test classpath holds its generated class as the processor would write it. */
  public static void flipCoin() {}
}

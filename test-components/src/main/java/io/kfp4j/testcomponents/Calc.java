package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;

/** The seed's calculator components. */
public final class Calc {
  private Calc() {}

  /**
   * Calculates sum of two arguments.
   *
   * @param a the first addend
   * @param b the second addend
   * @return the sum
   */
  @Component(baseImage = "eclipse-temurin:17-jre")
  public static double add(double a, double b) {
    return a + b;
  }
}

package io.kfp4j.runtime.internal.entry;

/**
 * A class with "component" methods, as a user writes one; {@link CalcOps} stands for what the processor generates for
 * it (this module cannot run the processor), so that references such as {@code ...entry.Calc#add} load real classes.
 */
final class Calc {
  private Calc() {}

  static double add(double a, double b) {
    return a + b;
  }

  /** A class nested in another: its generated class is {@code Calc_NestedOps}. */
  static final class Nested {
    private Nested() {}

    static String shout(String text) {
      return text.toUpperCase(java.util.Locale.ROOT);
    }
  }
}

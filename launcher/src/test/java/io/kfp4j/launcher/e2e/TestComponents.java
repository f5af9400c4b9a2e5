package io.kfp4j.launcher.e2e;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.OutputPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Test-only components: the processor generates their component.yaml and entries from the test sources. */
public final class TestComponents {
  private TestComponents() {}

  /**
   * Returns its input unchanged.
   *
   * @param text any text
   * @return the same text
   */
  @Component
  public static String echo(String text) {
    return text;
  }

  /**
   * Always throws.
   *
   * @param message the message of the exception
   * @return never
   */
  @Component
  public static String explode(String message) {
    throw new IllegalStateException(message);
  }

  /**
   * Starts writing its output file, then throws.
   *
   * @param text what to write before failing
   * @param partPath the output it never finishes
   */
  @Component
  public static void writeThenFail(String text, @OutputPath("Text") Path partPath) throws IOException {
    Files.writeString(partPath, text, StandardCharsets.UTF_8);
    throw new IOException("disk full after writing " + text.length() + " characters");
  }

  /**
   * Returns without writing the output it was given.
   *
   * @param text ignored
   * @param resultPath the output it forgets
   */
  @Component
  public static void forgetOutput(String text, @OutputPath("Text") Path resultPath) {
    // writes nothing
  }

  /** Two outputs, the second of which can be null. */
  public record Pair(String first, String second) {}

  /**
   * Returns a pair whose second value is null: the first output must not be committed alone.
   *
   * @param first the first output
   * @return the pair
   */
  @Component
  public static Pair halfPair(String first) {
    return new Pair(first, null);
  }

  /** What {@link #parseValues} read, written back out as the launcher serializes it. */
  public record Parsed(boolean flag, double number, long count, Map<String, Integer> object) {}

  /**
   * Reads one value of each KFP type and writes it back: what goes in as Python writes it comes out as the
   * launcher writes it.
   *
   * @param flag a Boolean
   * @param number a Float
   * @param count an Integer
   * @param object a JsonObject
   * @return the values read
   */
  @Component
  public static Parsed parseValues(boolean flag, double number, long count, Map<String, Integer> object) {
    return new Parsed(flag, number, count, object);
  }
}

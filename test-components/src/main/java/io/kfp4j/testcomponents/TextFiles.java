package io.kfp4j.testcomponents;

import io.kfp4j.annotations.Component;
import io.kfp4j.annotations.InputPath;
import io.kfp4j.annotations.OutputPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Components that pass data as files. */
public final class TextFiles {
  private TextFiles() {}

  /**
   * Writes a line of text several times to a file.
   *
   * @param text the line to write
   * @param times how many times to write it
   * @param linesPath where the lines go
   */
  @Component
  public static void writeLines(String text, int times, @OutputPath("Text") Path linesPath) throws IOException {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(text).append('\n');
    }
    Files.writeString(linesPath, out, StandardCharsets.UTF_8);
  }

  /**
   * Counts the lines of a text file.
   *
   * @param linesPath the file to count
   * @return the number of lines
   */
  @Component
  public static long countLines(@InputPath("Text") Path linesPath) throws IOException {
    try (var lines = Files.lines(linesPath, StandardCharsets.UTF_8)) {
      return lines.count();
    }
  }
}

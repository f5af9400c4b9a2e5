package io.kfp4j.sdk;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with sources in it, resolved when the task runs, as KFP's {@code 'heads and %s' % task.output}.
 *
 * @param parts strings and sources, in order
 */
public record Formatted(List<Object> parts) implements Source<String> {
  public Formatted {
    parts = List.copyOf(parts);
  }

  /**
   * Text from a format with {@code %s} for each source: {@code Formatted.of("heads and %s > 5", num.output())}.
   *
   * @throws IllegalArgumentException when the count of {@code %s} and of sources differ
   */
  public static Formatted of(String format, Source<?>... sources) {
    List<Object> parts = new ArrayList<>();
    String[] pieces = format.split("%s", -1);
    if (pieces.length - 1 != sources.length) {
      throw new IllegalArgumentException("the format \"" + format + "\" has " + (pieces.length - 1)
          + " %s but " + sources.length + " sources were given");
    }
    for (int i = 0; i < pieces.length; i++) {
      if (!pieces[i].isEmpty()) {
        parts.add(pieces[i]);
      }
      if (i < sources.length) {
        parts.add(sources[i]);
      }
    }
    return new Formatted(parts);
  }
}

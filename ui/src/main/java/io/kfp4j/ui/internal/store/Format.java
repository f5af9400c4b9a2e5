package io.kfp4j.ui.internal.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How times and sizes read on the pages. */
public final class Format {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
      .withZone(ZoneId.systemDefault());

  private Format() {}

  /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 5 s}, {@code 2 h 3 min}; {@code -} for none. */
  public static String duration(Long millis) {
    if (millis == null) {
      return "-";
    }
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    if (millis < 3_600_000) {
      return (millis / 60_000) + " min " + (millis / 1000) % 60 + " s";
    }
    return (millis / 3_600_000) + " h " + (millis / 60_000) % 60 + " min";
  }

  /** A local time to the second; {@code -} for none. */
  public static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant);
  }

  /** {@code 512 B}, {@code 1.5 KB}, {@code 2.0 MB}. */
  public static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}

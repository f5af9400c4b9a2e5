package io.kfp4j.runtime.types;

import java.util.Locale;
import java.util.Set;

/** Python's {@code distutils.util.strtobool}, which KFP uses to read booleans and {@code if} conditions. */
public final class StrToBool {
  private static final Set<String> TRUE = Set.of("y", "yes", "t", "true", "on", "1");
  private static final Set<String> FALSE = Set.of("n", "no", "f", "false", "off", "0");

  private StrToBool() {}

  /**
   * Reads y/yes/t/true/on/1 as true and n/no/f/false/off/0 as false, in any case. Like Python, surrounding
   * whitespace is not allowed.
   *
   * @throws IllegalArgumentException naming the text and the accepted spellings otherwise
   */
  public static boolean parse(String text) {
    String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (TRUE.contains(lower)) {
      return true;
    }
    if (FALSE.contains(lower)) {
      return false;
    }
    throw new IllegalArgumentException("invalid truth value " + (text == null ? "null" : "'" + text + "'")
        + ": expected one of y, yes, t, true, on, 1 or n, no, f, false, off, 0 (any case, no surrounding spaces)");
  }
}

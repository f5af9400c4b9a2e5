package io.kfp4j.ui.internal.viz;

import java.io.IOException;

/**
 * Reads the text a visualization's {@code source} points at, when its {@code storage} is not {@code "inline"}.
 *
 * <p>The caller decides what a source may name (typically a file inside the run store) and refuses the rest by
 * throwing; the message of what it throws is shown to the user next to the output entry.
 */
@FunctionalInterface
public interface SourceReader {

  /**
   * The whole text at {@code source}.
   *
   * @throws IOException when the source cannot be read or is not allowed
   */
  String read(String source) throws IOException;
}

package io.kfp4j.runtime.spec;

/**
 * One thing wrong with a component spec, located as precisely as the source allows.
 *
 * @param source the file or URL the spec came from, or {@code "<text>"}
 * @param line 1-based line, or 0 when unknown (a spec built in code)
 * @param column 1-based column, or 0 when unknown
 * @param path the field path, e.g. {@code implementation.container.args[3].inputValue}; empty for the root
 * @param message what was expected and what was found, and the fix
 */
public record SpecProblem(String source, int line, int column, String path, String message) {

  /** A problem without a known place in a file. */
  public static SpecProblem at(String path, String message) {
    return new SpecProblem("<spec>", 0, 0, path, message);
  }

  /** The same problem placed in a file. */
  public SpecProblem locatedAt(String newSource, int newLine, int newColumn) {
    return new SpecProblem(newSource, newLine, newColumn, path, message);
  }

  /** {@code source:line:column: path: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(source);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}

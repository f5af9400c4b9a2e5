package io.kfp4j.runtime.resolve;


/** {@code <root>/inputs/<name>/data} and {@code <root>/outputs/<name>/data}. */
record DirectoryPathScheme(String root, String separator) implements PathScheme {

  DirectoryPathScheme {
    root = root.endsWith(separator) ? root.substring(0, root.length() - separator.length()) : root;
  }

  @Override
  public String inputPath(String inputName) {
    return path("inputs", inputName);
  }

  @Override
  public String outputPath(String outputName) {
    return path("outputs", outputName);
  }

  private String path(String folder, String name) {
    return String.join(separator, root, folder, PathScheme.sanitizeFileName(name), "data");
  }
}

package io.kfp4j.runtime.resolve;

import java.nio.file.Path;
import java.util.Objects;

/** Where a component reads its file inputs and writes its outputs. */
public interface PathScheme {

  /** KFP's container layout: {@code /tmp/inputs/<name>/data} and {@code /tmp/outputs/<name>/data}. */
  PathScheme KFP = new DirectoryPathScheme("/tmp", "/");

  /** The path of the file that holds an input's data. @param inputName the input, as the spec names it */
  String inputPath(String inputName);

  /** The path where the program writes an output. @param outputName the output, as the spec names it */
  String outputPath(String outputName);

  /**
   * KFP's layout under another directory: {@code <dir>/inputs/<name>/data} and {@code <dir>/outputs/<name>/data},
   * names sanitized as {@link #sanitizeFileName} does, written with the directory's file-system separator.
   */
  static PathScheme under(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return new DirectoryPathScheme(directory.toString(), directory.getFileSystem().getSeparator());
  }

  /**
   * KFP's {@code sanitize_file_name}: each run of characters outside {@code [-_.0-9a-zA-Z]} becomes one
   * {@code _}, so {@code "Model export path"} becomes {@code "Model_export_path"}.
   */
  static String sanitizeFileName(String name) {
    return io.kfp4j.runtime.spec.KfpNames.fileName(name);
  }
}

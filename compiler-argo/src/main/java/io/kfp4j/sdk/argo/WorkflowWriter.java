package io.kfp4j.sdk.argo;

import io.kfp4j.runtime.yaml.ComponentWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes a compiled workflow as YAML text, or as a KFP package ({@code .zip}, {@code .tar.gz}, {@code .tgz}). */
public final class WorkflowWriter {
  /** The one file inside a package, as KFP names it. */
  public static final String PACKAGE_ENTRY = "pipeline.yaml";
  /** The file name endings {@link #write} knows, as KFP's compiler: YAML, then packages. */
  public static final java.util.List<String> EXTENSIONS = java.util.List.of(".yaml", ".yml", ".zip", ".tar.gz", ".tgz");

  private WorkflowWriter() {}

  /** The workflow as YAML, in KFP's style: flow style for collections of plain scalars, {@code |} for multi-line text. */
  public static String toYaml(Map<String, Object> workflow) {
    return ComponentWriter.toYaml(workflow);
  }

  /** Whether {@link #write} knows the file's extension (any case). */
  public static boolean hasKnownExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /**
   * Writes the workflow by the file's extension, creating parent folders.
   *
   * @throws IllegalArgumentException for an extension other than .yaml, .yml, .zip, .tar.gz and .tgz
   * @throws UncheckedIOException when the file cannot be written
   */
  public static void write(Map<String, Object> workflow, Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    boolean zip = name.endsWith(".zip");
    boolean tar = name.endsWith(".tar.gz") || name.endsWith(".tgz");
    if (!hasKnownExtension(file)) {
      throw new IllegalArgumentException("cannot write a pipeline to " + file + ": the file name must end with .yaml,"
          + " .yml, .zip, .tar.gz or .tgz");
    }
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      if (yaml) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          ComponentWriter.write(workflow, out);
        }
        return;
      }
      byte[] text = toYaml(workflow).getBytes(StandardCharsets.UTF_8);
      Files.write(file, zip ? ArchiveWriter.zip(PACKAGE_ENTRY, text) : ArchiveWriter.tarGz(PACKAGE_ENTRY, text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the pipeline to " + file + ": " + e.getMessage(), e);
    }
  }
}

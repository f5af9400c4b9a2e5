package io.kfp4j.tooling.compile;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.argo.Compiler;
import io.kfp4j.sdk.argo.WorkflowWriter;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.ToolingException;
import io.kfp4j.tooling.pipelines.Failures;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Pipelines compiled to Argo workflow files as KFP's dsl-compile writes them: YAML, or a .zip/.tar.gz package. */
public final class WorkflowFiles {
  private static final List<String> EXTENSIONS = WorkflowWriter.EXTENSIONS;

  private WorkflowFiles() {}

  /**
   * The path of a workflow file, checked for a known extension before anything is built.
   *
   * @throws ToolingException when the text is not a path or the extension is unknown
   */
  public static Path path(String output) {
    Path file = validPath(output);
    if (!WorkflowWriter.hasKnownExtension(file)) {
      throw new ToolingException(Kind.INVALID_INPUT, "cannot write the pipeline to " + output
          + ": the file name must end with " + String.join(", ", EXTENSIONS.subList(0, EXTENSIONS.size() - 1))
          + " or " + EXTENSIONS.get(EXTENSIONS.size() - 1));
    }
    return file;
  }

  /**
   * The text as a path to write a compiled pipeline to, whatever the target.
   *
   * @throws ToolingException when the text is not a path
   */
  static Path validPath(String output) {
    try {
      return Path.of(output);
    } catch (InvalidPathException e) {
      throw new ToolingException(Kind.INVALID_INPUT, "cannot write the pipeline to \"" + output
          + "\": not a valid path: " + e.getMessage());
    }
  }

  /**
   * Compiles the graph and writes it; missing folders are created.
   *
   * @return the workflow tree
   * @throws ToolingException naming the pipeline, task and input of what cannot be compiled, or why the file cannot
   *     be written
   */
  public static Map<String, Object> write(PipelineGraph graph, Path file) {
    try {
      return Compiler.compile(graph, file);
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ToolingException(Kind.IO, "cannot write the pipeline to " + file + ": "
          + Failures.describeWrite(cause, file), e);
    } catch (Kfp4jException e) {
      // CompileException, PipelineBuildException: their messages name the pipeline, the task and the fix
      throw new ToolingException("", e);
    } catch (IllegalArgumentException e) {
      throw new ToolingException(Kind.INVALID_PIPELINE, e.getMessage(), e);
    }
  }
}

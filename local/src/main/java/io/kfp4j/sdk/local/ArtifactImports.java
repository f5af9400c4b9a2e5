package io.kfp4j.sdk.local;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.ArtifactImport;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Importer tasks on the embedded engine: the artifact at a local path or {@code file://} URI becomes the task's
 * output (a copy of the file or folder); any other scheme ({@code gs://}, {@code s3://}, ...) is refused, before the
 * run starts when the URI is a constant or a pipeline parameter, else when the task runs.
 */
final class ArtifactImports {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

  private ArtifactImports() {}

  /**
   * Refuses, before the run starts, an importer without a test double whose URI is already known (a constant or a
   * pipeline parameter) and is not a local file or folder.
   *
   * @param parameters the run's parameter values, defaults filled in
   */
  static void checkRunnable(PipelineGraph graph, Map<String, String> parameters, List<TaskDouble> doubles) {
    for (TaskNode node : graph.tasks().values()) {
      if (node.importer() == null || doubles.stream().anyMatch(d -> d.match().equals(node.name())
          || d.match().equals(node.component().spec().nameOrDefault()))) {
        continue;
      }
      ArgumentValue uri = node.arguments().get(ArtifactImport.URI_INPUT);
      String known = uri instanceof ArgumentValue.Constant c ? c.text()
          : uri instanceof ArgumentValue.ParameterRef p ? parameters.get(p.parameter()) : null;
      if (known != null) {
        problem(known).ifPresent(problem -> {
          throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", task \"" + node.name()
              + "\": imports " + problem, fix(node), facts(graph, node, uri), null);
        });
      }
    }
  }

  /**
   * What a front end words its own fix from: option {@code import}, the pipeline, the task and, for a URI given as a
   * pipeline parameter, that parameter.
   */
  private static Map<String, String> facts(PipelineGraph graph, TaskNode node, ArgumentValue uri) {
    return uri instanceof ArgumentValue.ParameterRef p
        ? Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.TASK, node.name(), Fact.OPTION, "import",
            Fact.PARAMETER, p.parameter())
        : Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.TASK, node.name(), Fact.OPTION, "import");
  }

  /**
   * Copies the artifact at {@code uri} to {@code output}.
   *
   * @return what was done, for the task's record; or, as an exception's message, why it cannot be imported
   * @throws IllegalArgumentException naming the URI, what is wrong and the fix
   */
  static String importTo(TaskNode node, String uri, Path output) {
    Optional<String> problem = problem(uri);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("imports " + problem.get() + "; " + fix(node));
    }
    Path source = localPath(uri);
    TaskCache.copy(source, output);
    return "imported " + (Files.isDirectory(source) ? "the folder " : "the file ") + source + " as a "
        + node.importer().schemaTitle();
  }

  /** What keeps the URI from being imported here, if anything. */
  private static Optional<String> problem(String uri) {
    if (SCHEME.matcher(uri).find() && !uri.startsWith("file:")) {
      return Optional.of("\"" + uri + "\", which the local engine cannot fetch (it imports a local path or a file://"
          + " URI only)");
    }
    Path path;
    try {
      path = localPath(uri);
    } catch (IllegalArgumentException e) {
      return Optional.of("\"" + uri + "\", which is not a file URI: " + e.getMessage());
    }
    return Files.exists(path) ? Optional.empty() : Optional.of("\"" + uri + "\", but there is no file or folder "
        + path.toAbsolutePath());
  }

  private static Path localPath(String uri) {
    return uri.startsWith("file:") ? Path.of(URI.create(uri)) : Path.of(uri);
  }

  private static String fix(TaskNode node) {
    return "give the task a test double with the artifact's content, e.g. TaskDouble.fixed(\"" + node.name()
        + "\", Map.of(\"" + ArtifactImport.OUTPUT + "\", \"...\")), or give the path of a local file or folder (or a"
        + " file:// URI) for this run";
  }
}

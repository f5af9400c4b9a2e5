package io.kfp4j.tooling.pipelines;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.PipelineBuildException;
import io.kfp4j.sdk.argo.CompileException;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.FrontEnd;
import io.kfp4j.tooling.ToolingException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds a pipeline of the user's project by name or class and builds its graph, for compile, run and submit. */
public final class ProjectPipelines {
  private ProjectPipelines() {}

  /**
   * The graph of the pipeline named by {@code argument} (a name, a generated class or {@code Class#method}).
   *
   * @throws ToolingException when it is not found (listing what is) or fails to build
   */
  public static PipelineGraph build(String argument, PipelineClasspath path) {
    Optional<PipelineLookup.PipelineClass> found = new PipelineLookup(path).resolve(argument);
    if (found.isEmpty()) {
      throw new ToolingException(Kind.NOT_FOUND, unknown(argument, path));
    }
    return build(found.get(), path.loader(), path.frontEnd());
  }

  private static String unknown(String pipeline, PipelineClasspath path) {
    List<PipelineClasspath.IndexEntry> entries = path.list();
    if (entries.isEmpty()) {
      return "no pipeline \"" + pipeline + "\": " + noPipelines(path);
    }
    return "no pipeline \"" + pipeline + "\" on " + path.description() + "; the pipelines there:\n"
        + table(path, entries).lines().map(l -> "  " + l).collect(java.util.stream.Collectors.joining("\n"));
  }

  /** Why nothing was found, and the fix. */
  public static String noPipelines(PipelineClasspath path) {
    return "no pipelines found on " + path.description() + ". Pipelines are indexed in the classes by"
        + " kfp4j-processor (META-INF/kfp4j/pipelines/): compile the project with kfp4j-processor on the annotation"
        + " processor path, and " + path.frontEnd().noPipelinesFix();
  }

  /**
   * {@code NAME  CLASS} lines, names padded to one width; a pipeline whose name another shares after KFP's
   * sanitizing gets a third column, the qualified name that picks it ({@code choose with io.acme.Flows#flipCoin}).
   */
  public static String table(PipelineClasspath path, List<PipelineClasspath.IndexEntry> entries) {
    java.util.Map<String, Long> perKey = entries.stream().collect(java.util.stream.Collectors.groupingBy(
        PipelineClasspath.IndexEntry::key, java.util.stream.Collectors.counting()));
    List<String[]> rows = new ArrayList<>();
    for (PipelineClasspath.IndexEntry entry : entries) {
      String name = entry.key();
      String className = entry.className().isEmpty() ? "(empty index " + entry.location() + ")" : entry.className();
      if (!entry.className().isEmpty()) {
        try {
          Optional<Class<?>> type = path.loadClass(entry.className());
          if (type.isPresent()) {
            name = PipelineLookup.name(type.get()).orElse(name);
          } else {
            className += " (missing: rebuild the project)";
          }
        } catch (ToolingException e) {
          className += " (cannot load: " + e.getMessage() + ")";
        }
      }
      String shared = perKey.get(entry.key()) > 1 ? "choose with " + entry.qualifiedName() : "";
      rows.add(new String[] {name, className, shared});
    }
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    int classWidth = rows.stream().filter(r -> !r[2].isEmpty()).mapToInt(r -> r[1].length()).max().orElse(0);
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      text.append(row[0]).append(" ".repeat(width - row[0].length() + 2)).append(row[1]);
      if (!row[2].isEmpty()) {
        text.append(" ".repeat(classWidth - row[1].length() + 2)).append(row[2]);
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Calls the generated {@code spec()} with the project's loader as the thread's context class loader. */
  private static PipelineGraph build(PipelineLookup.PipelineClass pipeline, ClassLoader loader, FrontEnd frontEnd) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    Object graph;
    try {
      graph = pipeline.spec().invoke(null);
    } catch (InvocationTargetException | ExceptionInInitializerError | NoClassDefFoundError e) {
      throw buildFailure(pipeline, e, frontEnd);
    } catch (IllegalAccessException e) {
      throw new ToolingException(Kind.USER_CODE, "cannot call " + pipeline.type().getName() + ".spec(): "
          + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (graph == null) {
      throw new ToolingException(Kind.USER_CODE, pipeline.type().getName()
          + ".spec() returned null instead of a pipeline");
    }
    return (PipelineGraph) graph;
  }

  private static ToolingException buildFailure(PipelineLookup.PipelineClass pipeline, Throwable e, FrontEnd frontEnd) {
    Throwable cause = Failures.unwrap(e);
    Optional<UserFrame> frame = UserFrame.of(cause, pipeline.type());
    if (cause instanceof PipelineBuildException || cause instanceof CompileException) {
      return new ToolingException(frame.map(f -> f + ": ").orElse(""), (Kfp4jException) cause);
    }
    return new ToolingException(Kind.USER_CODE, "pipeline \"" + pipeline.name() + "\" ("
        + frame.map(UserFrame::toString).orElse(pipeline.type().getName()) + ") failed to build: "
        + Failures.describe(cause, frontEnd) + " (" + frontEnd.stackTrace() + ")", cause);
  }

}

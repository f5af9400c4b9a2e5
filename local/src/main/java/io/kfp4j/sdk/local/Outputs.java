package io.kfp4j.sdk.local;

import io.kfp4j.runtime.types.PythonJson;
import io.kfp4j.sdk.ir.ArgumentValue;
import io.kfp4j.sdk.ir.PipelineGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The output files of the task instances that succeeded, and how an argument reads them: as text (by value) or
 * as a file (by path), in the scope of the reading task.
 */
final class Outputs {
  private final Map<String, Map<String, Path>> byInstance = new ConcurrentHashMap<>();
  private final PipelineIndex index;
  private final Map<String, String> parameters;
  private final PipelineGraph graph;

  Outputs(PipelineGraph graph, PipelineIndex index, Map<String, String> parameters) {
    this.graph = graph;
    this.index = index;
    this.parameters = parameters;
  }

  void put(String instanceId, Map<String, Path> outputs) {
    byInstance.put(instanceId, Map.copyOf(outputs));
  }

  /** The file of an output as seen from a scope, or an exception naming what did not run. */
  Path file(ArgumentValue.OutputRef ref, Scope scope) {
    Scope.Binding bound = scope.bindings().get(ref);
    if (bound != null) {
      if (bound.value() instanceof ArgumentValue.OutputRef other) {
        return file(other, bound.scope());
      }
      throw new UpstreamMissingException("output \"" + ref.output() + "\" of " + ref.task() + " stands for a value"
          + " given to a recursive graph component's call that is not a task output, so it has no file");
    }
    String instance = scope.instanceId(ref.task(), index.loopsOf(ref.task()));
    Map<String, Path> outputs = byInstance.get(instance);
    if (outputs == null) {
      throw new UpstreamMissingException("upstream task " + instance + " did not run or did not succeed");
    }
    Path file = outputs.get(ref.output());
    if (file == null) {
      throw new UpstreamMissingException("upstream task " + instance + " has no output \"" + ref.output() + "\"");
    }
    return file;
  }

  /** The text an argument stands for in a scope. */
  String text(ArgumentValue value, Scope scope) {
    Scope.Binding bound = scope.bindings().get(value);
    if (bound != null) {
      return text(bound.value(), bound.scope());
    }
    if (value instanceof ArgumentValue.Constant c) {
      return c.text();
    }
    if (value instanceof ArgumentValue.ParameterRef p) {
      return parameters.get(p.parameter());
    }
    if (value instanceof ArgumentValue.OutputRef o) {
      Path file = file(o, scope);
      if (Files.isDirectory(file)) {
        throw new UpstreamMissingException("output \"" + o.output() + "\" of " + o.task()
            + " is a folder and cannot be passed by value; pass it to a file input (inputPath)");
      }
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read output " + file + ": " + e.getMessage(), e);
      }
    }
    if (value instanceof ArgumentValue.LoopItemRef item) {
      Object current = scope.items().get(item.loop());
      if (item.field() != null) {
        current = current instanceof Map<?, ?> m ? m.get(item.field()) : null;
        if (current == null) {
          throw new UpstreamMissingException("the loop item has no field \"" + item.field() + "\"");
        }
      }
      return itemText(current);
    }
    StringBuilder out = new StringBuilder();
    for (ArgumentValue part : ((ArgumentValue.Template) value).parts()) {
      out.append(text(part, scope));
    }
    return out.toString();
  }

  /** An item as Argo writes {@code {{item}}}: strings as they are, others as JSON. */
  static String itemText(Object item) {
    return item instanceof String s ? s : PythonJson.dumps(item);
  }

  /** An argument that cannot be read because what it reads did not happen. */
  static final class UpstreamMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UpstreamMissingException(String message) {
      super(message);
    }
  }

  PipelineGraph graph() {
    return graph;
  }
}

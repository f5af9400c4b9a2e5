package io.kfp4j.tooling.doubles;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.types.TypeConversionException;
import io.kfp4j.runtime.types.TypeRegistry;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.tooling.ToolingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks given doubles against a pipeline before it runs, as the engine will apply them: a task takes the double
 * of its own name, else the one of its component's name, in every iteration of a loop; the double must give a value
 * of the output's type for each of the task's outputs, and nothing else.
 */
final class DoubleCheck {
  /** A task instance's id in a loop, as the engine prints it: {@code print[1]}, {@code print[0][2]}. */
  private static final Pattern ITERATION = Pattern.compile("(.+?)(\\[\\d+])+");

  private DoubleCheck() {}

  static void check(PipelineGraph graph, List<GivenDouble> doubles) {
    for (GivenDouble d : doubles) {
      boolean matches = graph.tasks().values().stream()
          .anyMatch(t -> t.name().equals(d.match()) || component(t).equals(d.match()));
      if (!matches) {
        throw unknown(graph, d);
      }
    }
    for (TaskNode task : graph.tasks().values()) {
      Optional<GivenDouble> own = doubles.stream().filter(d -> d.match().equals(task.name())).findFirst();
      Optional<GivenDouble> stand = own.or(() -> doubles.stream()
          .filter(d -> d.match().equals(component(task))).findFirst());
      stand.ifPresent(d -> outputs(graph, task, d));
    }
  }

  private static ToolingException unknown(PipelineGraph graph, GivenDouble d) {
    Matcher iteration = ITERATION.matcher(d.match());
    if (iteration.matches() && graph.tasks().containsKey(iteration.group(1))) {
      return failure(graph, d, iteration.group(1), "\"" + d.match() + "\" is one iteration of task \""
          + iteration.group(1) + "\"", "a double stands in for a task in every iteration of its loop: name the task, "
          + iteration.group(1));
    }
    List<String> tasks = new ArrayList<>();
    for (TaskNode task : graph.tasks().values()) {
      tasks.add(task.name() + (component(task).equals(task.name()) ? "" : " (component " + component(task) + ")"));
    }
    return failure(graph, d, d.match(), "pipeline \"" + graph.name() + "\" has no task or component \"" + d.match()
        + "\"; its tasks are: " + (tasks.isEmpty() ? "none" : String.join(", ", tasks)), "name one of them: a double"
        + " stands in for a task by its name (in every iteration of a loop), or for every task of a component by the"
        + " component's name");
  }

  private static void outputs(PipelineGraph graph, TaskNode task, GivenDouble d) {
    List<OutputSpec> specs = task.component().spec().outputs();
    List<String> names = specs.stream().map(OutputSpec::name).toList();
    String which = "task \"" + task.name() + "\"" + (d.match().equals(task.name()) ? ""
        : " (component \"" + d.match() + "\")");
    for (String given : d.outputs().keySet()) {
      if (!names.contains(given)) {
        throw failure(graph, d, task.name(), which + " has no output \"" + given + "\"; " + (names.isEmpty()
            ? "it has no outputs" : "its outputs are: " + String.join(", ", names)), names.isEmpty()
            ? "give the task alone, with no outputs" : "name its outputs only");
      }
    }
    List<String> missing = names.stream().filter(n -> !d.outputs().containsKey(n)).toList();
    if (!missing.isEmpty()) {
      throw failure(graph, d, task.name(), which + " has outputs " + String.join(", ", names) + "; the double gives"
          + " no value for " + String.join(", ", missing), "give a value for every output of the task");
    }
    for (OutputSpec output : specs) {
      String type = output.typeName().orElse(null);
      if (type == null || TypeRegistry.standard().find(type).isEmpty()) {
        continue; // untyped, or a type kfp4j does not read (a file's content): written as given
      }
      try {
        TypeRegistry.standard().deserialize(d.outputs().get(output.name()), type);
      } catch (TypeConversionException e) {
        throw failure(graph, d, task.name(), which + ", output \"" + output.name() + "\" (type " + type + "): "
            + e.getMessage(), "give KFP text that " + type + " reads (Integer 42, Float 1.5, Boolean True, JsonArray"
            + " [1, 2], JsonObject {\"a\": 1})");
      }
    }
  }

  private static ToolingException failure(PipelineGraph graph, GivenDouble d, String task, String problem,
      String fix) {
    return new ToolingException(Kind.INVALID_INPUT, d.origin() + ": " + problem, fix,
        Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.TASK, task), null);
  }

  private static String component(TaskNode task) {
    return task.component().spec().nameOrDefault();
  }
}

package io.kfp4j.tooling.doubles;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.TaskDouble;
import io.kfp4j.tooling.ToolingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The doubles a front end was given, at most one per task or component name, in the order given.
 *
 * @param doubles the doubles
 */
public record GivenDoubles(List<GivenDouble> doubles) {
  public GivenDoubles {
    doubles = List.copyOf(doubles);
  }

  /** No doubles. */
  public static GivenDoubles none() {
    return new GivenDoubles(List.of());
  }

  /**
   * The doubles of one source (the options of a command line, one file).
   *
   * @throws ToolingException ({@link Kind#INVALID_INPUT}) when two stand in for the same task or component, naming
   *     both
   */
  public static GivenDoubles of(List<GivenDouble> doubles) {
    Map<String, GivenDouble> byMatch = new LinkedHashMap<>();
    for (GivenDouble d : doubles) {
      GivenDouble before = byMatch.putIfAbsent(d.match(), d);
      if (before != null) {
        throw new ToolingException(Kind.INVALID_INPUT, before.origin() + " and " + d.origin() + " both stand in for \""
            + d.match() + "\"", "give one double for it", Map.of(), null);
      }
    }
    return new GivenDoubles(doubles);
  }

  /** These with a later source's (the command line's after a file's): its doubles replace these for the same name. */
  public GivenDoubles then(GivenDoubles later) {
    Map<String, GivenDouble> byMatch = new LinkedHashMap<>();
    doubles.forEach(d -> byMatch.put(d.match(), d));
    later.doubles.forEach(d -> byMatch.put(d.match(), d));
    return new GivenDoubles(new ArrayList<>(byMatch.values()));
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return doubles.isEmpty();
  }

  /**
   * The engine's doubles, after checking them against the pipeline as the engine will apply them (a task takes the
   * double of its name, else that of its component's name, in every iteration of a loop).
   *
   * @throws ToolingException ({@link Kind#INVALID_INPUT}) naming where the double was given, the task and the fix, for
   *     a double that matches no task or component, an output the task does not have, an output it has that the
   *     double gives no value, or a value its output's type cannot read
   */
  public List<TaskDouble> check(PipelineGraph graph) {
    DoubleCheck.check(graph, doubles);
    return doubles.stream().map(d -> TaskDouble.fixed(d.match(), d.outputs())).toList();
  }
}

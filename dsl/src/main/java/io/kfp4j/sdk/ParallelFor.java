package io.kfp4j.sdk;

import java.util.List;
import java.util.function.Consumer;

/**
 * Tasks that run once per item, in parallel, as KFP's {@code dsl.ParallelFor}: over a static list of values or
 * maps (read fields with {@link LoopItem#field}), or over a JSON list from a pipeline parameter or task output.
 * Items of a typed list keep its element type ({@code Output<List<Integer>>} gives {@code LoopItem<Integer>}, a
 * loaded component's {@code task.output()} a {@code LoopItem<Object>}); give the item type
 * ({@code each(task.output(), Integer.class, item -> ...)}) or call {@link LoopItem#as} for another, and loop over an
 * untyped output or a text parameter holding JSON the same way.
 */
public final class ParallelFor {
  private ParallelFor() {}

  /** Once per item of a static list. */
  public static <T> void each(List<T> items, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, null, body);
  }

  /** Once per item of a static list, at most {@code parallelism} at a time. */
  public static <T> void each(List<T> items, int parallelism, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, checked(parallelism), body);
  }

  /** Once per item of a JSON list given by a parameter or produced by a task. */
  public static <T> void each(Source<? extends List<T>> items, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, null, body);
  }

  /** Once per item of a JSON list, at most {@code parallelism} at a time. */
  public static <T> void each(Source<? extends List<T>> items, int parallelism, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, checked(parallelism), body);
  }

  /**
   * Once per item of a JSON list from any source (a task's untyped output, a text parameter holding JSON), each item
   * seen as {@code itemType} (KFP v2 types the item so: {@code Map} a struct, {@code Double} a number); KFP checks
   * the list when the loop runs.
   */
  public static <T> void each(Source<?> items, Class<T> itemType, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, itemType, null, body);
  }

  /** Once per item of a JSON list from any source, each seen as {@code itemType}, {@code parallelism} at a time. */
  public static <T> void each(Source<?> items, Class<T> itemType, int parallelism, Consumer<LoopItem<T>> body) {
    PipelineContext.require("ParallelFor").loop(items, itemType, checked(parallelism), body);
  }

  private static Integer checked(int parallelism) {
    if (parallelism < 1) {
      throw new PipelineBuildException("ParallelFor parallelism must be at least 1, not " + parallelism);
    }
    return parallelism;
  }
}

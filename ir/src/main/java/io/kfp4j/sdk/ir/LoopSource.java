package io.kfp4j.sdk.ir;

import java.util.List;

/** What a loop iterates over. */
public sealed interface LoopSource {

  /**
   * A list fixed when the pipeline is built: numbers, strings, booleans or maps of them.
   *
   * @param items the items, as JSON-like Java values
   */
  record StaticItems(List<Object> items) implements LoopSource {
    public StaticItems {
      items = List.copyOf(items);
    }
  }

  /** A JSON list given when the pipeline runs: a parameter or an output. @param list the reference */
  record DynamicItems(ArgumentValue list) implements LoopSource {
    public DynamicItems {
      if (!(list instanceof ArgumentValue.ParameterRef) && !(list instanceof ArgumentValue.OutputRef)) {
        throw new IllegalArgumentException("a loop runs over a static list, a pipeline parameter or a task output");
      }
    }
  }
}

package io.kfp4j.sdk.ir;

import java.util.List;

/** What a loop iterates over. */
public sealed interface LoopSource {

  /**
   * A list fixed when the pipeline is built: numbers, strings, booleans or maps of them, where an item or a map's
   * value may also be an {@link ArgumentValue} read when the pipeline runs (a parameter, an output, text with them),
   * as KFP's {@code ParallelFor(["My name is %s" % fname1, ...])}.
   *
   * @param items the items, as JSON-like Java values and references
   */
  record StaticItems(List<Object> items) implements LoopSource {
    public StaticItems {
      items = List.copyOf(items);
    }

    /** The references among the items and their maps' values, in order. */
    public List<ArgumentValue> references() {
      List<ArgumentValue> refs = new java.util.ArrayList<>();
      for (Object item : items) {
        if (item instanceof ArgumentValue a) {
          refs.add(a);
        } else if (item instanceof java.util.Map<?, ?> map) {
          map.values().stream().filter(v -> v instanceof ArgumentValue).forEach(v -> refs.add((ArgumentValue) v));
        }
      }
      return refs;
    }
  }

  /**
   * A JSON list given when the pipeline runs: a parameter or an output.
   *
   * @param list the reference
   * @param itemType the KFP type the pipeline declares its items to have ({@code JsonObject}, {@code Float}, ...), as
   *     KFP 2 types a loop's item from the list's element type; {@code null} when not declared
   */
  record DynamicItems(ArgumentValue list, String itemType) implements LoopSource {
    public DynamicItems {
      if (!(list instanceof ArgumentValue.ParameterRef) && !(list instanceof ArgumentValue.OutputRef)) {
        throw new IllegalArgumentException("a loop runs over a static list, a pipeline parameter or a task output");
      }
    }

    /** Items of no declared type. */
    public DynamicItems(ArgumentValue list) {
      this(list, null);
    }
  }
}

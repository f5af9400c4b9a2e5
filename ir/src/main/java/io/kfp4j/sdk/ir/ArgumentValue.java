package io.kfp4j.sdk.ir;

import java.util.List;

/** What a task input receives: a constant, a pipeline parameter, another task's output, a loop item or a mix. */
public sealed interface ArgumentValue {

  /** The outputs a value reads: itself when an output, those among a template's parts, else none. */
  static List<OutputRef> outputRefs(ArgumentValue value) {
    if (value instanceof OutputRef o) {
      return List.of(o);
    }
    if (value instanceof Template t) {
      return t.parts().stream().filter(p -> p instanceof OutputRef).map(p -> (OutputRef) p).toList();
    }
    return List.of();
  }

  /** A constant, already serialized as KFP text. @param text the text */
  record Constant(String text) implements ArgumentValue {}

  /** A pipeline parameter. @param parameter its name */
  record ParameterRef(String parameter) implements ArgumentValue {}

  /** An output of another task. @param task the producing task's name @param output the output's name */
  record OutputRef(String task, String output) implements ArgumentValue {}

  /**
   * The current item of an enclosing loop, or a field of it.
   *
   * @param loop the loop's id
   * @param field the field of a map item, or {@code null} for the item itself
   */
  record LoopItemRef(GroupId loop, String field) implements ArgumentValue {
    public LoopItemRef {
      java.util.Objects.requireNonNull(loop, "loop");
      if (loop.kind() != GroupId.Kind.LOOP) {
        throw new IllegalArgumentException("a loop item belongs to a loop, not to " + loop);
      }
    }
  }

  /**
   * Text with references in it, joined when the task runs (KFP's {@code '... %s ...' % output}).
   *
   * @param parts constants and references, in order
   */
  record Template(List<ArgumentValue> parts) implements ArgumentValue {
    public Template {
      parts = List.copyOf(parts);
      if (parts.stream().anyMatch(p -> p instanceof Template)) {
        throw new IllegalArgumentException("templates do not nest; flatten the parts");
      }
    }
  }
}

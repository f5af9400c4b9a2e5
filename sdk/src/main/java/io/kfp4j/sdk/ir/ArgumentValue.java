package io.kfp4j.sdk.ir;

import java.util.List;

/** What a task input receives: a constant, a pipeline parameter, another task's output, a loop item or a mix. */
public sealed interface ArgumentValue {

  /** A constant, already serialized as KFP text. @param text the text */
  record Constant(String text) implements ArgumentValue {}

  /** A pipeline parameter. @param parameter its name */
  record ParameterRef(String parameter) implements ArgumentValue {}

  /** An output of another task. @param task the producing task's name @param output the output's name */
  record OutputRef(String task, String output) implements ArgumentValue {}

  /**
   * The current item of an enclosing loop, or a field of it.
   *
   * @param loop the loop group's name
   * @param field the field of a map item, or {@code null} for the item itself
   */
  record LoopItemRef(String loop, String field) implements ArgumentValue {}

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

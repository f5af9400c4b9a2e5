package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.Group;

/**
 * A value that a task or group reads from outside its own DAG, which KFP 2 passes down through each sub-DAG in
 * between as an input named {@code pipelinechannel--<full name>}.
 */
sealed interface Channel {

  /** KFP's {@code full_name}: the parameter's name, {@code <task>-<output>}, or the loop item's name. */
  String fullName();

  /** Its v2 type. */
  IoType type();

  /** The compiler-injected input carrying it into a sub-DAG. */
  default String inputName() {
    return Names.channelInput(fullName());
  }

  /** A pipeline parameter. @param name its name @param type its type */
  record Param(String name, IoType type) implements Channel {
    @Override
    public String fullName() {
      return name;
    }
  }

  /** An output of a task. @param task the producer @param output its v2 output name @param type its type */
  record Output(String task, String output, IoType type) implements Channel {
    @Override
    public String fullName() {
      return task + "-" + output;
    }
  }

  /**
   * An output of a task inside a graph component's call, read outside it: the call's sub-DAG surfaces it as its own
   * output ({@code dag.outputs}), named by the inner output's full name.
   *
   * @param call the outermost call the reader is not in
   * @param callName that call's name ({@code graph-say-1})
   * @param inner the task's output
   */
  record Surfaced(Group.Graph call, String callName, Output inner) implements Channel {
    @Override
    public String fullName() {
      return callName + "-" + inner.fullName();
    }

    @Override
    public IoType type() {
      return inner.type();
    }
  }

  /**
   * A field of a loop's item (its map's value under a key), as a condition compares it: KFP 2's loop argument
   * variable ({@code loop-item-param-2-subvar-a}), taken from the item with {@code parseJson(string_value)["a"]}.
   *
   * @param item the loop's item
   * @param field the key
   * @param type the field's type
   */
  record Field(Item item, String field, IoType type) implements Channel {
    @Override
    public String fullName() {
      return item.fullName() + "-subvar-" + field;
    }
  }

  /** The current item of a loop. @param loop the loop @param fullName the item's name @param type its type */
  record Item(Group.Loop loop, String fullName, IoType type) implements Channel {}
}

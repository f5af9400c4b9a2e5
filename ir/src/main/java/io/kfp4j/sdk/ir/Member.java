package io.kfp4j.sdk.ir;

/** A member of a group: a task or another group. */
public sealed interface Member permits Group, Member.TaskMember {

  /** A task, by name. @param task the task's name */
  record TaskMember(String task) implements Member {}
}

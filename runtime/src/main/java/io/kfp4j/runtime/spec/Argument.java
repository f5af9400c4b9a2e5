package io.kfp4j.runtime.spec;

/** The argument of a graph task's input, or a graph output's value. */
public sealed interface Argument {

  /** A constant. @param value the value */
  record Constant(Scalar value) implements Argument {}

  /**
   * An input of the enclosing graph component.
   *
   * @param inputName the graph input
   * @param type the type the argument claims, or {@code null}
   */
  record GraphInput(String inputName, TypeSpec type) implements Argument {}

  /**
   * An output of another task in the graph.
   *
   * @param outputName the output of that task
   * @param taskId the task
   * @param type the type the argument claims, or {@code null}
   */
  record TaskOutput(String outputName, String taskId, TypeSpec type) implements Argument {}
}

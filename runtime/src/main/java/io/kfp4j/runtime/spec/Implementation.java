package io.kfp4j.runtime.spec;

/** How a component runs: one container, or a graph of tasks of other components. */
public sealed interface Implementation {

  /** Runs one container. @param container the container */
  record Container(ContainerSpec container) implements Implementation {}

  /** Runs a graph of tasks. @param graph the graph */
  record Graph(GraphSpec graph) implements Implementation {}
}

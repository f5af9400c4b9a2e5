package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.ComponentReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The graph components (YAML {@code implementation.graph}) being expanded, outermost first. KFP 1.8.22 expands a
 * graph component's tasks when the pipeline is built, so a task whose {@code componentRef} names a graph component
 * already on this path (itself, or one that contains it) would expand without end: {@link #refuse} stops it with the
 * cycle named, where the expansion would otherwise end in a {@link StackOverflowError}. Components are the same when
 * their digests are (the same text).
 */
final class GraphCycle {
  private static final ThreadLocal<GraphCycle> EXPANDING = ThreadLocal.withInitial(GraphCycle::new);

  private final List<ComponentDefinition> path = new ArrayList<>();

  /** The graph components whose tasks this thread is expanding into a pipeline. */
  static GraphCycle expanding() {
    return EXPANDING.get();
  }

  /** Runs {@code body} with {@code component} the innermost on the path. */
  <T> T within(ComponentDefinition component, Supplier<T> body) {
    path.add(component);
    try {
      return body.get();
    } finally {
      path.remove(path.size() - 1);
    }
  }

  /** The file or URL of the outermost component, else its name: where a cycle is reported. */
  String outermost() {
    ComponentDefinition first = path.get(0);
    return first.loaded().origin() != null ? first.loaded().origin() : "graph component \"" + first.name() + "\"";
  }

  /**
   * Throws what {@code error} makes of the message when {@code inner}, which the task's {@code ref} names, is a
   * graph component already on the path.
   */
  void refuse(ComponentDefinition inner, ComponentReference ref, Function<String, RuntimeException> error) {
    if (!GraphExpansion.isGraph(inner)) {
      return;
    }
    String digest = inner.loaded().digest();
    for (int i = 0; i < path.size(); i++) {
      if (path.get(i).loaded().digest().equals(digest)) {
        List<String> cycle = new ArrayList<>();
        path.subList(i, path.size()).forEach(c -> cycle.add(describe(c)));
        cycle.add("\"" + inner.name() + "\"");
        throw error.apply("its componentRef" + (ref.url() != null ? " (" + ref.url() + ")"
            : ref.name() != null ? " (name " + ref.name() + ")" : "") + " names graph component \"" + inner.name()
            + "\", which contains this task, so the graph would contain itself without end: "
            + String.join(" -> ", cycle) + "; a graph component's tasks are expanded when the pipeline is built (as"
            + " in KFP 1.8.22), so a graph may not use itself or a graph that uses it; point the componentRef at"
            + " another component, or for a loop that ends write a Java graph component that calls itself inside"
            + " Condition.when(...) (GraphComponent)");
      }
    }
  }

  private static String describe(ComponentDefinition component) {
    String origin = component.loaded().origin();
    return "\"" + component.name() + "\"" + (origin == null ? "" : " (" + origin + ")");
  }
}

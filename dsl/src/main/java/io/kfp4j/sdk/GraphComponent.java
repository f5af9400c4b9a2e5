package io.kfp4j.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A graph component, as KFP's {@code @dsl.graph_component}: a group of tasks that compiles to a DAG template of its
 * own and is called like a task. Write one as a typed static method whose body calls {@link #call}; the method may
 * call itself inside a {@link Condition} (the base case that ends the recursion):
 *
 * <pre>{@code
 * static GraphCall<Void> flipComponent(Source<String> flipResult) {
 *   return GraphComponent.named("flip_component").input("flip_result", flipResult).call(() -> {
 *     var print = PrintOp.print(flipResult);
 *     var flip = FlipOp.flip().after(print);
 *     Condition.when(flip.output().eq("heads"), () -> flipComponent(flip.output()));
 *   });
 * }
 * // in a pipeline: called like a task, waited for as a whole
 * var loop = flipComponent(first.output()).after(other);
 * PrintOp.print(Value.of("done")).after(loop);
 * }</pre>
 *
 * <p>Each call outside the graph component itself gives a new group (Argo: {@code graph-flip-component-1}); a call
 * from inside its own body is a recursive call, which runs the same group again, one level deeper, with the new
 * arguments. A recursive call outside any {@code Condition} inside the body fails when the pipeline is built, since
 * it would never end. Arguments are pipeline parameters, task outputs or loop items (KFP's {@code PipelineParam}s);
 * tasks in the body read them directly. Values are immutable: {@link #input} returns a new graph component.
 */
public final class GraphComponent {
  private final String name;
  private final Map<String, Source<?>> inputs;

  private GraphComponent(String name, Map<String, Source<?>> inputs) {
    this.name = name;
    this.inputs = inputs;
  }

  /**
   * A graph component of that name ({@code flip_component}); calls of the same name from inside a call are
   * recursive.
   */
  public static GraphComponent named(String name) {
    Objects.requireNonNull(name, "a graph component needs a name");
    return new GraphComponent(name, Map.of());
  }

  /** This graph component with one more input and the value given to it at this call. */
  public GraphComponent input(String inputName, Source<?> value) {
    Objects.requireNonNull(inputName, "inputName");
    if (inputs.containsKey(inputName)) {
      throw new PipelineBuildException("graph component \"" + name + "\": input \"" + inputName + "\" is given twice;"
          + " give each input once");
    }
    Map<String, Source<?>> more = new LinkedHashMap<>(inputs);
    more.put(inputName, Objects.requireNonNull(value, () -> "graph component \"" + name + "\": the value of input \""
        + inputName + "\" is null; pass a Param, a task's Output or a loop item"));
    return new GraphComponent(name, java.util.Collections.unmodifiableMap(more));
  }

  /**
   * Calls the graph component: runs {@code body}, which creates its tasks, inside a new group (or, from inside its
   * own body, records a recursive call and runs nothing).
   *
   * @throws PipelineBuildException outside a pipeline, for an argument that is a constant, or for a recursive call
   *     under no {@code Condition}
   */
  public GraphCall<Void> call(Runnable body) {
    Objects.requireNonNull(body, "body");
    return callReturning(() -> {
      body.run();
      return null;
    });
  }

  /**
   * Calls the graph component as {@link #call(Runnable)} does, keeping what the body returns (an output of a task
   * inside, say) for {@link GraphCall#result()}.
   */
  public <R> GraphCall<R> callReturning(Supplier<R> body) {
    Objects.requireNonNull(body, "body");
    return PipelineContext.require("GraphComponent \"" + name + "\"").graphCall(this, body);
  }

  /** The name given. */
  public String name() {
    return name;
  }

  /** Input name to the value given at this call, in the order given. */
  public Map<String, Source<?>> inputs() {
    return inputs;
  }

  @Override
  public String toString() {
    return "graph component \"" + name + "\"";
  }
}

package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.InputSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a component inside a pipeline, as returned by a generated {@code XxxOp} factory: the component,
 * its arguments by input name, and typed references to its outputs. Settings chain and return the generated
 * task type {@code S}.
 *
 * @param <S> the generated task type, returned by chained calls
 */
public abstract class Task<S extends Task<S>> {
  private final ComponentDefinition component;
  private final Map<String, Source<?>> arguments = new LinkedHashMap<>();

  /**
   * A task with arguments for some of the component's inputs.
   *
   * @throws IllegalArgumentException when an argument names no input, or a required input has none
   */
  protected Task(ComponentDefinition component, Map<String, ? extends Source<?>> arguments) {
    this.component = component;
    arguments.forEach(this::put);
    for (InputSpec input : component.spec().inputs()) {
      if (!input.optional() && input.defaultValue() == null && !this.arguments.containsKey(input.name())) {
        throw new IllegalArgumentException("component \"" + component.name() + "\": no argument for required input \""
            + input.name() + "\"; pass a Value.of(...), a Param or another task's Output");
      }
    }
  }

  /** The component this task runs. */
  public ComponentDefinition component() {
    return component;
  }

  /** The arguments given, by input name, in the order given. */
  public Map<String, Source<?>> arguments() {
    return Collections.unmodifiableMap(arguments);
  }

  /** Sets the argument of an optional input. */
  protected S argument(String input, Source<?> value) {
    put(input, value);
    return self();
  }

  /** A typed reference to one of the component's outputs; the generated accessor fixes its type. */
  protected <T> Output<T> output(String name) {
    if (component.spec().output(name).isEmpty()) {
      throw new IllegalArgumentException("component \"" + component.name() + "\" has no output \"" + name + "\"");
    }
    return new Output<>(this, name);
  }

  /** This task as its generated type. */
  protected abstract S self();

  private void put(String input, Source<?> value) {
    if (component.spec().input(input).isEmpty()) {
      throw new IllegalArgumentException("component \"" + component.name() + "\" has no input \"" + input + "\"");
    }
    if (value == null) {
      throw new IllegalArgumentException("component \"" + component.name() + "\": the argument of input \"" + input
          + "\" is null; pass a Value.of(...), a Param or another task's Output");
    }
    arguments.put(input, value);
  }

  @Override
  public String toString() {
    return "task of component \"" + component.name() + "\"";
  }
}

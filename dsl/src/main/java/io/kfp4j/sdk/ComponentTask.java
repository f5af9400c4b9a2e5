package io.kfp4j.sdk;

import java.util.Map;

/** A task of a component loaded from YAML at run time: arguments by input name, outputs by name. */
public final class ComponentTask extends Task<ComponentTask> {

  ComponentTask(ComponentDefinition component, Map<String, ? extends Source<?>> arguments) {
    super(component, arguments);
  }

  /** An output by name; its Java type is yours to choose (checked by KFP type when the pipeline is built). */
  public <T> Output<T> outputNamed(String name) {
    return output(name);
  }

  /** The single output, when the component has exactly one. */
  public <T> Output<T> output() {
    var outputs = component().spec().outputs();
    if (outputs.size() != 1) {
      throw new IllegalArgumentException("component \"" + component().name() + "\" has " + outputs.size()
          + " outputs, not one; use outputNamed(...) with one of: "
          + String.join(", ", outputs.stream().map(o -> o.name()).toList()));
    }
    return output(outputs.get(0).name());
  }

  /** Sets an argument by input name. */
  public ComponentTask with(String input, Source<?> value) {
    return argument(input, value);
  }

  @Override
  protected ComponentTask self() {
    return this;
  }
}

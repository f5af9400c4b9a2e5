package io.kfp4j.runtime.resolve;

/**
 * A component whose command line cannot be resolved with the given arguments. The message reads
 * {@code Component "<name>": <field path>: <problem>; <fix>}, e.g. {@code Component "Add":
 * implementation.container.args[1].inputValue: no argument for required input "a"; ...}.
 */
public final class ResolutionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String component;
  private final String field;

  ResolutionException(String component, String field, String problem) {
    super("Component \"" + component + "\": " + field + ": " + problem);
    this.component = component;
    this.field = field;
  }

  /** The component's name ({@code "Component"} when the spec has none). */
  public String component() {
    return component;
  }

  /** Where in the spec the problem is, e.g. {@code implementation.container.args[5].if.cond}. */
  public String field() {
    return field;
  }
}

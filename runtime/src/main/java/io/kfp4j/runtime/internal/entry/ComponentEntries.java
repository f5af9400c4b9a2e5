package io.kfp4j.runtime.internal.entry;

/**
 * The launcher entries of one class's {@code @Component} methods, generated as {@code XxxOps.Entries}: each method's
 * flags, and plain code that converts the arguments, calls the method and stages its outputs. The launcher finds it
 * by the reference in a component's command ({@link EntryReference}) and loads nothing else of the generated class.
 */
public interface ComponentEntries {

  /**
   * The entry of a method.
   *
   * @param method the {@code @Component} method's name
   * @return its entry, or {@code null} when this class has no component of that name
   */
  ComponentEntry entry(String method);

  /**
   * Converts the arguments, calls the method and stages its outputs; the caller commits them when this returns.
   *
   * @param method the {@code @Component} method's name
   * @throws ArgumentException when a value does not convert to its input's type
   * @throws Exception whatever the method throws
   */
  void run(String method, ParsedArguments arguments, OutputStaging staging) throws Exception;
}

package io.kfp4j.processor;

/**
 * One input or output of a component method.
 *
 * @param name the KFP input or output name
 * @param javaName the parameter or record component it comes from ({@code null} for a plain return)
 * @param passing how the value travels
 * @param type the type
 * @param optional whether an input may be left unset
 * @param wrapped whether the parameter is an {@code Optional<T>}
 * @param defaultText the default as KFP text, or {@code null}
 * @param description the description from the javadoc, or {@code null}
 */
record Port(String name, String javaName, Passing passing, IoType type, boolean optional, boolean wrapped,
    String defaultText, String description) {

  /** How a port's value travels. */
  enum Passing {
    /** An input passed as text. */
    VALUE,
    /** An input passed as a file ({@code @InputPath}). */
    INPUT_PATH,
    /** An output file the method writes ({@code @OutputPath}). */
    OUTPUT_PATH,
    /** The method's return value. */
    RETURN,
    /** A component of the record the method returns. */
    RECORD_COMPONENT,
    /** KFP's metrics or UI metadata ({@code @OutputPath Metrics}): the method fills it, the entry writes its JSON. */
    REPORT
  }

  boolean isInput() {
    return passing == Passing.VALUE || passing == Passing.INPUT_PATH;
  }
}

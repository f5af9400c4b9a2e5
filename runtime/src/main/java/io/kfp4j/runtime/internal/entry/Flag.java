package io.kfp4j.runtime.internal.entry;

/**
 * One command-line flag of a component entry.
 *
 * @param name the input or output name
 * @param kind how the value travels
 * @param required whether the flag must be given
 * @param kfpType the KFP type, or {@code null} when untyped
 * @param javaType the Java type the method takes, for messages (e.g. {@code double})
 */
public record Flag(String name, Kind kind, boolean required, String kfpType, String javaType) {

  /** How a flag's value travels. */
  public enum Kind {
    /** The value itself, serialized as KFP does. */
    VALUE,
    /** The path of a file holding the input. */
    INPUT_PATH,
    /** The path where an output goes. */
    OUTPUT_PATH
  }

  /** The flag as written on the command line: {@code --a} for inputs, {@code --out-Output} for outputs. */
  public String flag() {
    return (kind == Kind.OUTPUT_PATH ? "--out-" : "--").concat(name);  // concat: no invokedynamic at start-up
  }

  /** An input passed by value. */
  public static Flag value(String name, boolean required, String kfpType, String javaType) {
    return new Flag(name, Kind.VALUE, required, kfpType, javaType);
  }

  /** An input passed as a file. */
  public static Flag inputPath(String name, boolean required, String kfpType) {
    return new Flag(name, Kind.INPUT_PATH, required, kfpType, "java.nio.file.Path");
  }

  /** An output. */
  public static Flag outputPath(String name, String kfpType, String javaType) {
    return new Flag(name, Kind.OUTPUT_PATH, true, kfpType, javaType);
  }
}

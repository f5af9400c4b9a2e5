package io.kfp4j.runtime.internal.entry;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shape of the processor's {@code CalcOps}, reduced to its launcher entries, for {@link Calc}. */
final class CalcOps {
  private CalcOps() {}

  /**
   * {@code add}; {@code halfThenFail}, which writes one of its two outputs and throws; {@code forget}, which writes
   * none of the output whose path it was given.
   */
  public static final class Entries implements ComponentEntries {
    @Override
    public ComponentEntry entry(String method) {
      return switch (method) {
        case "add" -> ComponentEntry.of("Add", this, method, Flag.value("a", true, "Float", "double"),
            Flag.value("b", true, "Float", "double"), Flag.outputPath("Output", "Float", "double"));
        case "halfThenFail" -> ComponentEntry.of("Half then fail", this, method,
            Flag.outputPath("first", "String", "java.nio.file.Path"),
            Flag.outputPath("second", "String", "java.nio.file.Path"));
        case "forget" -> ComponentEntry.of("Forget", this, method,
            Flag.outputPath("result", "String", "java.nio.file.Path"));
        default -> null;
      };
    }

    @Override
    public void run(String method, ParsedArguments arguments, OutputStaging staging) throws Exception {
      switch (method) {
        case "add" -> {
          double a = Values.toDouble(arguments.value("a"), "a");
          double b = Values.toDouble(arguments.value("b"), "b");
          staging.write(arguments.outputPath("Output"), Values.serialize(Calc.add(a, b), "Float", "Output"));
        }
        case "halfThenFail" -> {
          staging.write(arguments.outputPath("first"), "ready");
          Path second = staging.stage(arguments.outputPath("second"));
          Files.writeString(second, "half");
          throw new IllegalStateException("failed after writing");
        }
        case "forget" -> staging.stage(arguments.outputPath("result"));
        default -> throw new IllegalArgumentException(method);
      }
    }
  }
}

package io.kfp4j.runtime.internal.entry;

/** What the processor generates for {@link Calc.Nested}: the name joins the simple names with {@code _}. */
final class Calc_NestedOps {
  private Calc_NestedOps() {}

  /** {@code shout}. */
  public static final class Entries implements ComponentEntries {
    @Override
    public ComponentEntry entry(String method) {
      return method.equals("shout") ? ComponentEntry.of("Shout", this, method,
          Flag.value("text", true, "String", "java.lang.String"), Flag.outputPath("Output", "String", "String"))
          : null;
    }

    @Override
    public void run(String method, ParsedArguments arguments, OutputStaging staging) {
      staging.write(arguments.outputPath("Output"), Calc.Nested.shout(arguments.value("text")));
    }
  }
}

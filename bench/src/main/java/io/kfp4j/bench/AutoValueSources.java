package io.kfp4j.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * AutoValue's side of {@link ProcessorBench}: {@code files} files of {@code perFile} nested {@code @AutoValue}
 * classes, each with as many properties of the same types as a benchmark component has parameters (double, String,
 * int, {@code List<Double>}, {@code Optional<String>}). No source refers to the generated classes, so that the
 * same sources also compile with {@code -proc:none}.
 */
final class AutoValueSources {
  /** AutoValue's processor. */
  static final String PROCESSOR = "com.google.auto.value.processor.AutoValueProcessor";

  private static final List<String> PROPERTIES = List.of(
      "abstract double a();\n    abstract double b();\n",
      "abstract String text();\n    abstract int times();\n",
      "abstract List<Double> values();\n    abstract double mean();\n    abstract double max();\n    abstract int count();\n",
      "abstract String name();\n    abstract Optional<String> title();\n",
      "abstract String textPath();\n    abstract String copyPath();\n",
      "abstract String dataPath();\n    abstract long bytes();\n",
      "abstract double x();\n    abstract int power();\n    abstract Optional<String> label();\n    abstract double value();\n",
      "abstract List<Double> values();\n    abstract double minimum();\n    abstract List<Double> kept();\n",
      "abstract String text();\n    abstract int copies();\n    abstract String resultPath();\n",
      "abstract double a();\n    abstract int b();\n    abstract String c();\n    abstract Optional<String> d();\n");

  private AutoValueSources() {}

  /** Writes {@code values/vNN/ValuesNN.java} for each file. */
  static List<Path> write(Path root, int files, int perFile) throws IOException {
    List<Path> sources = new ArrayList<>();
    for (int f = 0; f < files; f++) {
      String n = String.format(Locale.ROOT, "%02d", f);
      StringBuilder text = new StringBuilder("package values.v" + n + ";\n\n"
          + "import com.google.auto.value.AutoValue;\nimport java.util.List;\nimport java.util.Optional;\n\n"
          + "/** Benchmark values, set " + n + ". */\npublic final class Values" + n + " {\n  private Values" + n
          + "() {}\n");
      for (int v = 0; v < perFile; v++) {
        text.append("\n  /** Value ").append(v).append(". */\n  @AutoValue\n  public abstract static class Value")
            .append(v).append(" {\n    ").append(PROPERTIES.get(v % PROPERTIES.size())).append("  }\n");
      }
      text.append("}\n");
      Path file = root.resolve("values/v" + n + "/Values" + n + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      sources.add(file);
    }
    return sources;
  }

  /** Fails unless AutoValue generated and compiled one {@code AutoValue_*} class per value class. */
  static void verify(Path out, int values) throws IOException {
    long compiled;
    try (Stream<Path> walk = Files.walk(out.resolve("classes"))) {
      compiled = walk.filter(f -> f.getFileName().toString().startsWith("AutoValue_")
          && f.getFileName().toString().endsWith(".class")).count();
    }
    if (compiled != values) {
      throw new IllegalStateException("expected " + values + " AutoValue_ classes, found " + compiled + " in " + out);
    }
  }
}

package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kfp4j.launcher.e2e.KfpPython.Read;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Java and Python components share a pipeline: the launcher reads values as KFP's Python components write them
 * (and as people type them), and KFP's Python deserializers read the files the launcher writes.
 */
class CrossLanguageTest {
  @TempDir
  Path dir;

  /** Boolean, Float, Integer and JsonObject arguments, then what the launcher writes back for each. */
  static Stream<Arguments> pythonSpellings() {
    return Stream.of(
        Arguments.of("True", "1e-05", "  42 ", "{\"a\": 1}", List.of("True", "1e-05", "42", "{\"a\": 1}")),
        Arguments.of("true", "inf", "+7", "{\"b\": 2, \"a\": 1}", List.of("True", "inf", "7", "{\"a\": 1, \"b\": 2}")),
        Arguments.of("yes", "1", "1_000", "{}", List.of("True", "1.0", "1000", "{}")),
        Arguments.of("1", "-1.5E-7", "\t-3\n", "{\"x\":-1}", List.of("True", "-1.5e-07", "-3", "{\"x\": -1}")));
  }

  @ParameterizedTest
  @MethodSource("pythonSpellings")
  void theLauncherReadsValuesAsPythonWritesThem(String flag, String number, String count, String object,
      List<String> written) {
    ComponentRun run = ComponentRun.run("parse-values",
        Map.of("flag", flag, "number", number, "count", count, "object", object), dir).assertSucceeded();
    assertEquals(written,
        List.of(run.output("flag"), run.output("number"), run.output("count"), run.output("object")));
  }

  @Test
  void pythonReadsWhatTheLauncherWrites() {
    ComponentRun parsed = ComponentRun.run("parse-values", Map.of("flag", "off", "number", "-inf",
        "count", "12345678901234", "object", "{\"z\": 0, \"a\": -1}"), dir.resolve("parse")).assertSucceeded();
    ComponentRun sum = ComponentRun.run("add", Map.of("a", "0.1", "b", "0.2"), dir.resolve("add")).assertSucceeded();
    ComponentRun described = ComponentRun.run("describe", Map.of("values", "[0.1, 0.2]"), dir.resolve("describe"))
        .assertSucceeded();
    ComponentRun totals = ComponentRun.run("totals", Map.of("items",
        "[{\"name\": \"pear\", \"quantity\": 2, \"price\": 1.25}, {\"name\": \"apple\", \"quantity\": 3,"
            + " \"price\": 0.5}]"), dir.resolve("totals")).assertSucceeded();

    List<String> python = KfpPython.read(List.of(
        new Read("Boolean", parsed.outputPath("flag")),
        new Read("Float", parsed.outputPath("number")),
        new Read("Integer", parsed.outputPath("count")),
        new Read("JsonObject", parsed.outputPath("object")),
        new Read("Float", sum.outputPath("Output")),
        new Read("Float", described.outputPath("mean")),
        new Read("Float", described.outputPath("max")),
        new Read("Integer", described.outputPath("count")),
        new Read("JsonObject", totals.outputPath("Output"))));

    assertEquals(List.of(
        "False",
        "-inf",
        "12345678901234",
        "{'a': -1, 'z': 0}",
        "0.30000000000000004",   // 0.1 + 0.2 in Python too
        "0.15000000000000002",   // (0.1 + 0.2) / 2
        "0.2",
        "2",
        "{'apple': 1.5, 'pear': 2.5}"), python);
  }
}

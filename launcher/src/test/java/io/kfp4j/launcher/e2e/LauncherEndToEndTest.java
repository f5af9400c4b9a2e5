package io.kfp4j.launcher.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example component run as KFP runs it: its generated component.yaml resolved for serialized arguments,
 * the command started as a separate JVM, the output files read back byte for byte.
 */
class LauncherEndToEndTest {
  private static final String ITEMS = "[{\"name\": \"pear\", \"quantity\": 2, \"price\": 1.25},"
      + " {\"name\": \"apple\", \"quantity\": 3, \"price\": 0.5},"
      + " {\"name\": \"apple\", \"quantity\": 1, \"price\": 0.5}]";

  @TempDir
  Path dir;

  @Test
  void addWritesThePythonReprOfTheSum() {
    assertEquals("5.0", ComponentRun.run("add", Map.of("a", "1", "b", "4"), dir).assertSucceeded().output("Output"));
  }

  @Test
  void addWritesTheShortestReprThatReadsBack() {
    ComponentRun run = ComponentRun.run("add", Map.of("a", "1.5", "b", "1e-05"), dir).assertSucceeded();
    assertEquals("1.50001", run.output("Output"));
    assertEquals("", run.stdout());
  }

  @Test
  void describeWritesOneFilePerRecordComponent() {
    ComponentRun run = ComponentRun.run("describe", Map.of("values", "[1, 2, 3.5]"), dir).assertSucceeded();
    assertEquals("2.1666666666666665", run.output("mean"));
    assertEquals("3.5", run.output("max"));
    assertEquals("3", run.output("count"));
  }

  @Test
  void greetWithoutOptionalInputsUsesTheDefaults() {
    assertEquals("Hello, World.",
        ComponentRun.run("greet", Map.of("name", "World"), dir).assertSucceeded().output("Output"));
  }

  @Test
  void greetWithEveryInputAsKfpPassesThem() {
    Map<String, String> arguments = Map.of("name", "Ada", "greeting", "Hi", "excited", "True", "title", "Dr.");
    assertEquals("Hi, Dr. Ada!", ComponentRun.run("greet", arguments, dir).assertSucceeded().output("Output"));
  }

  @Test
  void greetWithTheDefaultsFilledInAsKfpDoes() {
    Map<String, String> arguments = Map.of("name", "World", "greeting", "Hello", "excited", "False");
    assertEquals("Hello, World.", ComponentRun.run("greet", arguments, dir).assertSucceeded().output("Output"));
  }

  @Test
  void totalsWritesJsonWithSortedKeysAndPythonSeparators() {
    assertEquals("{\"apple\": 2.0, \"pear\": 2.5}",
        ComponentRun.run("totals", Map.of("items", ITEMS), dir).assertSucceeded().output("Output"));
  }

  @Test
  void totalsReadsItsOptionalFloat() {
    assertEquals("{\"apple\": 1.5, \"pear\": 2.5}",
        ComponentRun.run("totals", Map.of("items", ITEMS, "minimum", "1"), dir).assertSucceeded().output("Output"));
  }

  @Test
  void mostValuableWritesTheRecordAsAJsonObject() {
    assertEquals("{\"name\": \"pear\", \"price\": 1.25, \"quantity\": 2}",
        ComponentRun.run("most-valuable", Map.of("items", ITEMS), dir).assertSucceeded().output("Output"));
  }

  @Test
  void writeLinesThenCountLinesChainedThroughTheFile() {
    ComponentRun write = ComponentRun.run("write-lines", Map.of("text", "hello world", "times", "3"),
        dir.resolve("write")).assertSucceeded();
    String lines = write.output("lines");
    assertEquals("hello world\nhello world\nhello world\n", lines);

    // KFP hands the artifact to the next task as a file at that task's own input path
    ComponentRun count = ComponentRun.run("count-lines", Map.of("lines", lines), dir.resolve("count"))
        .assertSucceeded();
    assertEquals(dir.resolve("count/inputs/lines/data").toString(), count.line().inputPaths().get("lines"));
    assertEquals("3", count.output("Output"));
  }

  @Test
  void describeConfigReadsJsonTreesAsKfpPassesThem() {
    Map<String, String> arguments = Map.of("config", "{\"b\": 2, \"a\": [1.5, null]}", "names", "[\"x\", 2]",
        "tree", "\"just text\"", "count", "4");
    assertEquals("{\"classes\": [\"Long\", \"ArrayList\"], \"count\": 4, \"first\": \"x\", \"keys\": [\"a\","
        + " \"b\"], \"names\": 2, \"nested\": null, \"tree\": \"STRING\"}",
        ComponentRun.run("describe-config", arguments, dir).assertSucceeded().output("Output"));
  }

  @Test
  void tagWritesTheJacksonTreeAsPythonDoes() {
    assertEquals("{\"tag\": \"\\u00e9\", \"z\": {\"y\": [1, 2.0]}}", ComponentRun.run("tag",
        Map.of("node", "{\"z\": {\"y\": [1, 2.0]}}", "tag", "\u00e9"), dir).assertSucceeded().output("Output"));
  }
}

package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.internal.entry.ArgumentException;
import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON values ({@code Map<String, Object>}, {@code List<Object>}, Jackson trees) and the one mapping of KFP types to
 * the Java types of sources and outputs, shared by authored components and typed stubs.
 */
class JsonTypesTest {
  /** A public class {@code p.Json} holding {@code members}, with Jackson's trees, List, Map and Optional imported. */
  private static JavaFileObject jsonComponent(String members) {
    return TestSupport.source("p.Json", """
        package p;

        import com.fasterxml.jackson.databind.JsonNode;
        import com.fasterxml.jackson.databind.node.ArrayNode;
        import com.fasterxml.jackson.databind.node.ObjectNode;
        import io.kfp4j.annotations.Component;
        import java.util.List;
        import java.util.Map;
        import java.util.Optional;

        public final class Json {
        %s
        }
        """.formatted(members.indent(2)));
  }

  private static final JavaFileObject MERGE = jsonComponent("""
      public record Merged(Map<String, Object> object, List<Object> array, JsonNode tree, ObjectNode node,
          ArrayNode nodes, List<Map<String, Object>> rows) {}

      /** Merges JSON values. */
      @Component
      public static Merged merge(Map<String, Object> base, List<Object> items, JsonNode tree, ObjectNode node,
          ArrayNode nodes, List<Map<String, Object>> rows, Map<String, JsonNode> trees,
          Optional<Map<String, Object>> extra) {
        Map<String, Object> object = new java.util.TreeMap<>(base);
        object.put("types", base.values().stream().map(v -> v == null ? "null" : v.getClass().getSimpleName())
            .toList());
        object.put("tree", tree);
        object.put("trees", trees.keySet());
        extra.ifPresent(object::putAll);
        node.put("seen", true);
        nodes.add(items.size());
        return new Merged(object, items, tree, node, nodes, rows);
      }
      """);

  @Test
  void jsonValuesHaveKfpsJsonTypesAndAJsonTreeIsUntyped() {
    Compilation compilation = TestSupport.compile(MERGE);
    assertThat(compilation).succeededWithoutWarnings();
    ComponentSpec spec = TestSupport.spec(compilation, "merge");
    assertEquals(List.of("JsonObject", "JsonArray", "-", "JsonObject", "JsonArray", "JsonArray", "JsonObject",
        "JsonObject"), spec.inputs().stream().map(i -> type(i.typeName().orElse(null))).toList());
    assertEquals(List.of("JsonObject", "JsonArray", "-", "JsonObject", "JsonArray", "JsonArray"),
        spec.outputs().stream().map(o -> type(o.typeName().orElse(null))).toList());
    assertTrue(spec.inputs().stream().filter(InputSpec::optional).map(InputSpec::name).toList().equals(
        List.of("extra")));
    assertNull(spec.output("tree").flatMap(OutputSpec::typeName).orElse(null));
  }

  @Test
  void factoriesTakeTheSourcesThatStubsGive() {
    Compilation compilation = TestSupport.compile(MERGE);
    String op = flat(TestSupport.generatedSource(compilation, "p.JsonOps"));
    assertTrue(op.contains("public static MergeOp merge(Source<Map<String, Object>> base, Source<List<Object>> items,"
        + " Source<?> tree, Source<Map<String, Object>> node, Source<List<Object>> nodes,"
        + " Source<List<Map<String, Object>>> rows, Source<Map<String, JsonNode>> trees)"), op);
    assertTrue(op.contains("public MergeOp withExtra(Source<Map<String, Object>> extra)"), op);
    assertTrue(op.contains("public Output<Map<String, Object>> object()"), op);
    assertTrue(op.contains("public Output<List<Object>> array()"), op);
    assertTrue(op.contains("public Output<JsonNode> tree()"), op);
    assertTrue(op.contains("public Output<Map<String, Object>> node()"), op);
    assertTrue(op.contains("public Output<List<Object>> nodes()"), op);
  }

  @Test
  void theEntryReadsJsonTextAndWritesJsonAsPythonDoes(@TempDir Path dir) throws Exception {
    Compilation compilation = TestSupport.compile(MERGE);
    ComponentEntry entry = TestSupport.entry(compilation, "merge");
    List<String> argv = new ArrayList<>(List.of(
        "--base", "{\"n\": 1, \"x\": 2.5, \"big\": 12345678901234, \"s\": \"é\"}",
        "--items", "[1, \"two\", null, {\"b\": 1, \"a\": [true]}]", "--tree", "[{\"k\": 1}, 2]",
        "--node", "{\"z\": 1}", "--nodes", "[]", "--rows", "[{\"a\": 1}]", "--trees", "{\"t\": {\"u\": 1}}",
        "--extra", "{\"added\": \"yes\"}"));
    for (String output : List.of("object", "array", "tree", "node", "nodes", "rows")) {
      argv.addAll(List.of("--out-" + output, dir.resolve(output).toString()));
    }
    entry.run(ParsedArguments.parse(entry.flags(), argv));
    assertEquals("{\"added\": \"yes\", \"big\": 12345678901234, \"n\": 1, \"s\": \"\\u00e9\", \"tree\": [{\"k\": 1},"
        + " 2], \"trees\": [\"t\"], \"types\": [\"Long\", \"Double\", \"Long\", \"String\"], \"x\": 2.5}",
        Files.readString(dir.resolve("object")));
    assertEquals("[1, \"two\", null, {\"a\": [true], \"b\": 1}]", Files.readString(dir.resolve("array")));
    assertEquals("[{\"k\": 1}, 2]", Files.readString(dir.resolve("tree")));
    assertEquals("{\"seen\": true, \"z\": 1}", Files.readString(dir.resolve("node")));
    assertEquals("[4]", Files.readString(dir.resolve("nodes")));
    assertEquals("[{\"a\": 1}]", Files.readString(dir.resolve("rows")));
  }

  @Test
  void textOfTheWrongShapeIsABadArgumentNamingTheInput(@TempDir Path dir) throws Exception {
    Compilation compilation = TestSupport.compile(MERGE);
    ComponentEntry entry = TestSupport.entry(compilation, "merge");
    List<String> argv = new ArrayList<>(List.of("--base", "{}", "--items", "[]", "--tree", "1",
        "--node", "[1, 2]", "--nodes", "[]", "--rows", "[]", "--trees", "{}"));
    for (String output : List.of("object", "array", "tree", "node", "nodes", "rows")) {
      argv.addAll(List.of("--out-" + output, dir.resolve(output).toString()));
    }
    ArgumentException e = assertThrows(ArgumentException.class,
        () -> entry.run(ParsedArguments.parse(entry.flags(), argv)));
    assertTrue(e.getMessage().contains("node") && e.getMessage().contains("cannot read \"[1, 2]\" as JSON for"
        + " com.fasterxml.jackson.databind.node.ObjectNode"), e.getMessage());
  }

  @Test
  void integersAreIntegerSourcesAndFloatsDoubleSourcesWhateverTheJavaPrimitive() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Numbers", """
        public record Counts(int small, long big, float ratio) {}

        @Component
        public static Counts count(int a, long b, Integer c, Long d, float e, double f) {
          return new Counts(a, b, e);
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String op = flat(TestSupport.generatedSource(compilation, "p.NumbersOps"));
    assertTrue(op.contains("count(Source<Integer> a, Source<Integer> b, Source<Integer> c, Source<Integer> d,"
        + " Source<Double> e, Source<Double> f)"), op);
    assertTrue(op.contains("public Output<Integer> big()"), op);
    assertTrue(op.contains("public Output<Double> ratio()"), op);
    // results keep the method's own types
    assertTrue(op.contains("public record CountResult(int small, long big, float ratio)"), op);
  }

  /** A stub's outputs feed authored inputs and the other way round, with no {@code .as(...)}. */
  @Test
  void stubOutputsFeedAuthoredInputsAndBack() {
    JavaFileObject stubs = TestSupport.source("p.package-info", """
        @ComponentStubs("stubs/settings.component.yaml")
        package p;

        import io.kfp4j.annotations.ComponentStubs;
        """);
    JavaFileObject authored = jsonComponent("""
        @Component
        public static List<Object> configure(Map<String, Object> settings, int count, double ratio, JsonNode any) {
          return List.of(settings.size(), count, ratio);
        }

        @Component
        public static long total(List<Object> names, long limit) { return names.size() + limit; }
        """);
    JavaFileObject pipeline = TestSupport.source("p.Use", """
        package p;

        import io.kfp4j.sdk.Output;
        import io.kfp4j.sdk.ParallelFor;
        import io.kfp4j.sdk.Value;
        import java.util.List;
        import java.util.Map;
        import p.JsonOps.ConfigureOp;
        import p.JsonOps.TotalOp;

        final class Use {
          static void build() {
            ReadSettingsOp read = ReadSettingsOp.readSettings(Value.of("x"));
            Output<Map<String, Object>> config = read.config();
            Output<Integer> count = read.count();
            ConfigureOp configure = ConfigureOp.configure(config, count, read.ratio(), read.names());
            TotalOp total = TotalOp.total(read.names(), count);
            ReadSettingsOp.readSettings(configure.output()).withLimit(total.output());
            ReadSettingsOp.readSettings(Value.of(List.of(1, 2)));
            ReadSettingsOp.readSettings(Value.of(Map.of("a", 1))).withLimit(Value.of(3));
            ConfigureOp.configure(Value.of(Map.of("a", 1)), Value.of(2), Value.of(0.5), Value.of(List.of()));
            ParallelFor.each(configure.output(), item -> ReadSettingsOp.readSettings(item));
          }
        }
        """);
    Compilation compilation = TestSupport.stubJavac().compile(stubs, authored, pipeline);
    assertThat(compilation).succeededWithoutWarnings();
    String stub = flat(TestSupport.generatedSource(compilation, "p.ReadSettingsOp"));
    assertTrue(stub.contains("public static ReadSettingsOp readSettings(Source<?> source)"), stub);
    assertTrue(stub.contains("public record ReadSettingsResult(Map<String, Object> config, long count,"
        + " List<Object> names, double ratio)"), stub);
  }

  @Test
  void aStubsJsonObjectOutputDoesNotFeedATypedMapInput() {
    JavaFileObject stubs = TestSupport.source("p.package-info", """
        @ComponentStubs("stubs/settings.component.yaml")
        package p;

        import io.kfp4j.annotations.ComponentStubs;
        """);
    JavaFileObject authored = jsonComponent("""
        @Component
        public static double sum(Map<String, Double> values) { return 0; }
        """);
    JavaFileObject pipeline = TestSupport.source("p.Use", """
        package p;

        import io.kfp4j.sdk.Value;
        import p.JsonOps.SumOp;

        final class Use {
          static void build() {
            SumOp.sum(ReadSettingsOp.readSettings(Value.of("x")).config());
          }
        }
        """);
    Compilation compilation = TestSupport.stubJavac().compile(stubs, authored, pipeline);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("io.kfp4j.sdk.Output<java.util.Map<java.lang.String,java.lang.Object>>"
        + " cannot be converted to io.kfp4j.sdk.Source<java.util.Map<java.lang.String,java.lang.Double>>")
        .inFile(pipeline).onLineContaining("SumOp.sum(");
  }

  /** Generated source with every run of white space as one space, as javapoet wraps long lines. */
  private static String flat(String source) {
    return source.replaceAll("\\s+", " ");
  }

  private static String type(String name) {
    return name == null ? "-" : name;
  }
}

package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.resolve.CommandLineResolver;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.InputSpec;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.spec.Scalar;
import io.kfp4j.runtime.spec.TypeSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What goes into a generated {@code component.yaml}: descriptions, types, optional inputs, outputs, metadata. */
class SpecContentTest {

  private static ComponentSpec compileOne(String members, String key) {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.C", members));
    assertThat(compilation).succeededWithoutWarnings();
    return TestSupport.spec(compilation, key);
  }

  @Test
  void descriptionsComeFromTheJavadoc() {
    ComponentSpec spec = compileOne("""
        /**
         * Trains a {@code Model} on the
         * <b>data</b>. Everything after the first sentence stays in the javadoc.
         *
         * @param data the training data,
         *     over two lines
         * @param rate the learning rate
         * @param modelPath where the model goes
         * @return the accuracy on the data
         */
        @Component
        public static double train(String data, double rate, @OutputPath("Model") Path modelPath) { return 1; }
        """, "train");
    assertEquals("Trains a Model on the data.", spec.description());
    assertEquals("the training data, over two lines", spec.input("data").orElseThrow().description());
    assertEquals("the learning rate", spec.input("rate").orElseThrow().description());
    assertEquals("where the model goes", spec.output("model").orElseThrow().description());
    assertEquals("the accuracy on the data", spec.output("Output").orElseThrow().description());
  }

  @Test
  void annotationDescriptionWinsOverTheJavadoc() {
    ComponentSpec spec = compileOne("""
        /** Adds. */
        @Component(description = "Adds two numbers")
        public static double add(double a, double b) { return a + b; }
        """, "add");
    assertEquals("Adds two numbers", spec.description());
  }

  @Test
  void noJavadocMeansNoDescriptions() {
    ComponentSpec spec = compileOne("""
        @Component
        public static double add(double a, double b) { return a + b; }
        """, "add");
    assertNull(spec.description());
    assertNull(spec.input("a").orElseThrow().description());
    assertNull(spec.output("Output").orElseThrow().description());
  }

  @Test
  void valueTypesMapToKfpTypes() {
    ComponentSpec spec = compileOne("""
        @TypeName("Item")
        public record Item(String name, int quantity) {}

        public record Point(double x, double y) {}

        @Component
        public static void types(String s, int i, long l, Integer bi, Long bl, double d, float f, Double bd, Float bf,
            boolean b, Boolean bb, List<Double> numbers, List<Item> items, Map<String, List<Integer>> groups,
            Item item, Point point) {}
        """, "types");
    assertEquals(List.of("s:String", "i:Integer", "l:Integer", "bi:Integer", "bl:Integer", "d:Float", "f:Float",
        "bd:Float", "bf:Float", "b:Boolean", "bb:Boolean", "numbers:JsonArray", "items:JsonArray",
        "groups:JsonObject", "item:Item", "point:JsonObject"),
        spec.inputs().stream().map(i -> i.name() + ":" + i.typeName().orElse(null)).toList());
    spec.inputs().forEach(i -> assertFalse(i.optional(), i.name()));
  }

  @Test
  void typeNameOfAReturnedRecordNamesTheSingleOutput() {
    ComponentSpec spec = compileOne("""
        @TypeName("Metrics")
        public record Metrics(double accuracy, double loss) {}

        @Component
        public static Metrics evaluate(String model) { return new Metrics(1, 0); }
        """, "evaluate");
    assertEquals(List.of(OutputSpec.of("Output", "Metrics")), spec.outputs());
  }

  @Test
  void typeNameOnAClassWithAPublicConstructor() {
    ComponentSpec spec = compileOne("""
        @TypeName("Config")
        public static final class Config {
          public int size;
        }

        @Component
        public static Config tune(Config config) { return config; }
        """, "tune");
    assertEquals(List.of(InputSpec.of("config", "Config")), spec.inputs());
    assertEquals(List.of(OutputSpec.of("Output", "Config")), spec.outputs());
  }

  @Test
  void jsonReturnsAreJsonArrayAndJsonObject() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.C", """
        @Component
        public static List<String> words(String text) { return List.of(text.split(" ")); }

        @Component
        public static Map<String, Integer> counts(String text) { return Map.of(); }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of(OutputSpec.of("Output", "JsonArray")), TestSupport.spec(compilation, "words").outputs());
    assertEquals(List.of(OutputSpec.of("Output", "JsonObject")), TestSupport.spec(compilation, "counts").outputs());
  }

  @Test
  void aReturnedRecordGivesOneOutputPerComponent() {
    ComponentSpec spec = compileOne("""
        public record Summary(double mean, double max, int count, List<Double> sorted) {}

        @Component
        public static Summary describe(List<Double> values) { return null; }
        """, "describe");
    assertEquals(List.of(OutputSpec.of("mean", "Float"), OutputSpec.of("max", "Float"),
        OutputSpec.of("count", "Integer"), OutputSpec.of("sorted", "JsonArray")), spec.outputs());
    assertEquals(List.of("--values", "[1, 2]", "--out-mean", "/tmp/outputs/mean/data", "--out-max",
            "/tmp/outputs/max/data", "--out-count", "/tmp/outputs/count/data", "--out-sorted",
            "/tmp/outputs/sorted/data"),
        CommandLineResolver.resolve(spec, Map.of("values", "[1, 2]")).args());
  }

  @Test
  void voidGivesNoOutputButOutputPathsDo() {
    ComponentSpec spec = compileOne("""
        @Component
        public static void split(@InputPath("CSV") Path tablePath, double ratio,
            @OutputPath("CSV") Path trainPath, @OutputPath Path testPath) {}
        """, "split");
    assertEquals(List.of(InputSpec.of("table", "CSV"), InputSpec.of("ratio", "Float")), spec.inputs());
    assertEquals(List.of(OutputSpec.of("train", "CSV"), OutputSpec.of("test", null)), spec.outputs());
    assertEquals(List.of("--table", "/tmp/inputs/table/data", "--ratio", "0.8", "--out-train",
            "/tmp/outputs/train/data", "--out-test", "/tmp/outputs/test/data"),
        CommandLineResolver.resolve(spec, Map.of("table", "a,b", "ratio", "0.8")).args());
  }

  @Test
  void optionalInputsAreOptionalAndPassedOnlyWhenPresent() {
    ComponentSpec spec = compileOne("""
        @Component
        public static String greet(String name, @Default("Hello") String greeting, @Default("False") boolean excited,
            Optional<String> title, @InputPath Optional<Path> signaturePath) { return ""; }
        """, "greet");
    assertEquals(List.of(
            new InputSpec("name", type("String"), null, null, false, Map.of()),
            new InputSpec("greeting", type("String"), null, new Scalar.Text("Hello"), true,
                Map.of()),
            new InputSpec("excited", type("Boolean"), null, new Scalar.Text("False"), true,
                Map.of()),
            new InputSpec("title", type("String"), null, null, true, Map.of()),
            new InputSpec("signature", null, null, null, true, Map.of())),
        spec.inputs());

    // Only the required input: every optional flag is left out (KFP fills spec defaults in before resolving).
    assertEquals(List.of("--name", "Ada", "--out-Output", "/tmp/outputs/Output/data"),
        CommandLineResolver.resolve(spec, Map.of("name", "Ada")).args());
    Map<String, String> all = new HashMap<>(Map.of("name", "Ada", "greeting", "Hi", "excited", "True", "title", "Dr"));
    all.put("signature", "Ada L.");
    assertEquals(List.of("--name", "Ada", "--greeting", "Hi", "--excited", "True", "--title", "Dr", "--signature",
            "/tmp/inputs/signature/data", "--out-Output", "/tmp/outputs/Output/data"),
        CommandLineResolver.resolve(spec, all).args());
  }

  @Test
  void optionalInputsAreWrittenAsIfIsPresent() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.C", """
        @Component
        public static String greet(String name, @Default("Hello") String greeting, Optional<String> title) {
          return "";
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String yaml = TestSupport.yaml(compilation, "greet");
    assertTrue(yaml.contains("""
        inputs:
        - {name: name, type: String}
        - {name: greeting, type: String, default: Hello, optional: true}
        - {name: title, type: String, optional: true}
        """), yaml);
    assertTrue(yaml.contains("""
            args:
            - --name
            - {inputValue: name}
            - if:
                cond: {isPresent: greeting}
                then:
                - --greeting
                - {inputValue: greeting}
            - if:
                cond: {isPresent: title}
                then:
                - --title
                - {inputValue: title}
            - --out-Output
            - {outputPath: Output}
        """), yaml);
  }

  @Test
  void metadataFromTheAnnotation() {
    ComponentSpec spec = compileOne("""
        @Component(annotations = {"team = ml", "url=https://x.org/a=b"}, labels = "tier=gold",
            baseImage = "eclipse-temurin:17-jre")
        public static void run() {}
        """, "run");
    assertEquals(Map.of("team", "ml", "url", "https://x.org/a=b", "kfp4j/base-image", "eclipse-temurin:17-jre"),
        spec.metadata().annotations());
    assertEquals(Map.of("tier", "gold"), spec.metadata().labels());
  }

  private static TypeSpec type(String name) {
    return new TypeSpec.Named(name);
  }
}

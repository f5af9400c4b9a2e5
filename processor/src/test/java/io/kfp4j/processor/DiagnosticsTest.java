package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.kfp4j.processor.TestSupport.component;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every problem the processor reports: the message (its distinctive part, with the fix) and the element it points
 * at. Each test compiles one small class and expects exactly one error.
 */
class DiagnosticsTest {
  /** The refusal of a plain {@code Object}, with the types to take instead. */
  private static final String OBJECT = "unsupported type java.lang.Object (for any JSON value take"
      + " com.fasterxml.jackson.databind.JsonNode, for a JSON object Map<String, Object>, for a JSON array"
      + " List<Object>)";

  /** Compiles the source and checks that the processor reported exactly this one error, on that line. */
  private static void assertError(JavaFileObject source, String message, String line) {
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  // The method's shape.

  @Test
  void nonStaticMethod() {
    JavaFileObject source = component("p.C", """
        @Component
        public double add(double a, double b) { return a + b; }
        """);
    assertError(source, "a @Component method must be static: the launcher calls it without an instance; add static",
        "public double add(");
  }

  @Test
  void nonPublicMethod() {
    JavaFileObject source = component("p.C", """
        @Component
        static double add(double a, double b) { return a + b; }
        """);
    assertError(source, "a @Component method must be public so that the generated entry can call it; make it public",
        "static double add(");
  }

  @Test
  void methodInNonPublicClass() {
    JavaFileObject source = TestSupport.source("p.C", """
        package p;

        import io.kfp4j.annotations.Component;

        final class C {
          @Component
          public static double add(double a, double b) { return a + b; }
        }
        """);
    assertError(source, "the class p.C that holds a @Component method must be public", "public static double add(");
  }

  @Test
  void methodInNonPublicNestedClass() {
    JavaFileObject source = component("p.C", """
        static final class Inner {
          @Component
          public static double add(double a, double b) { return a + b; }
        }
        """);
    assertError(source, "the class p.C.Inner that holds a @Component method must be public",
        "public static double add(");
  }

  @Test
  void methodInInnerClass() {
    JavaFileObject source = component("p.C", """
        public final class Inner {
          @Component
          public static double add(double a, double b) { return a + b; }
        }
        """);
    assertError(source, "the class p.C.Inner that holds a @Component method must be static (or top level)",
        "public static double add(");
  }

  @Test
  void genericMethod() {
    JavaFileObject source = component("p.C", """
        @Component
        public static <T> String echo(String text) { return text; }
        """);
    assertError(source, "a @Component method cannot be generic: KFP needs one concrete type per input; remove <T>",
        "public static <T> String echo(");
  }

  // Parameter types.

  @Test
  void unsupportedParameterTypeListsTheSupportedTypes() {
    JavaFileObject source = component("p.C", """
        @Component
        public static String show(
            Object value) {
          return String.valueOf(value);
        }
        """);
    assertError(source, OBJECT + " for parameter value; supported: " + TypeMapper.SUPPORTED,
        "Object value");
  }

  @Test
  void arrayParameter() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            int[] values) {
          return values.length;
        }
        """);
    assertError(source, "unsupported type int[] for parameter values; supported: String,", "int[] values");
  }

  @Test
  void mapWithNonStringKeys() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            Map<Integer, String> names) {
          return names.size();
        }
        """);
    assertError(source, "Map keys must be String, as JSON object keys are (found java.util.Map<java.lang.Integer,"
        + " java.lang.String>) for parameter names", "Map<Integer, String> names");
  }

  @Test
  void rawMap() {
    JavaFileObject source = component("p.C", """
        @Component
        @SuppressWarnings("rawtypes")
        public static int count(
            Map names) {
          return names.size();
        }
        """);
    assertError(source, "raw java.util.Map has no key and value types; write java.util.Map<String, ...> for parameter"
        + " names", "Map names");
  }

  @Test
  void rawList() {
    JavaFileObject source = component("p.C", """
        @Component
        @SuppressWarnings("rawtypes")
        public static int count(
            List values) {
          return values.size();
        }
        """);
    assertError(source, "raw java.util.List has no element type; write java.util.List<...> for parameter values",
        "List values");
  }

  @Test
  void wildcardList() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            List<?> values) {
          return values.size();
        }
        """);
    assertError(source, "the element type of java.util.List<?> must be a concrete type, not ? for parameter values",
        "List<?> values");
  }

  @Test
  void listOfUnsupportedElements() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            List<Thread> values) {
          return values.size();
        }
        """);
    assertError(source, "in java.util.List<java.lang.Thread>: unsupported type java.lang.Thread for parameter values",
        "List<Thread> values");
  }

  @Test
  void mapOfUnsupportedValuesInAList() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            List<Map<String, Thread>> rows) {
          return rows.size();
        }
        """);
    assertError(source, "in java.util.List<java.util.Map<java.lang.String, java.lang.Thread>>: in"
        + " java.util.Map<java.lang.String, java.lang.Thread>: unsupported type java.lang.Thread for parameter rows",
        "List<Map<String, Thread>> rows");
  }

  @Test
  void jsonObjectWithNonStringKeys() {
    JavaFileObject source = component("p.C", """
        @Component
        public static int count(
            Map<Integer, Object> byId) {
          return byId.size();
        }
        """);
    assertError(source, "Map keys must be String, as JSON object keys are (found java.util.Map<java.lang.Integer,"
        + " java.lang.Object>) for parameter byId", "Map<Integer, Object> byId");
  }

  @Test
  void returnedSubclassOfAJsonTree() {
    JavaFileObject source = component("p.C", """
        @Component
        public static com.fasterxml.jackson.databind.node.TextNode name(String text) {
          return new com.fasterxml.jackson.databind.node.TextNode(text);
        }
        """);
    assertError(source, "unsupported type com.fasterxml.jackson.databind.node.TextNode as return type; supported:",
        "public static com.fasterxml.jackson.databind.node.TextNode name(");
  }

  @Test
  void optionalOfPlainObject() {
    JavaFileObject source = component("p.C", """
        @Component
        public static String show(
            Optional<Object> value) {
          return String.valueOf(value);
        }
        """);
    assertError(source, OBJECT + " for parameter value", "Optional<Object> value");
  }

  @Test
  void nonPublicRecordParameter() {
    JavaFileObject source = component("p.C", """
        record Point(double x, double y) {}

        @Component
        public static double norm(
            Point point) {
          return Math.hypot(point.x(), point.y());
        }
        """);
    assertError(source, "p.C.Point must be public so that the generated entry can create it for parameter point",
        "Point point");
  }

  @Test
  void classWithoutTypeName() {
    JavaFileObject source = component("p.C", """
        public static final class Box {
          public int size;
        }

        @Component
        public static int size(
            Box box) {
          return box.size;
        }
        """);
    assertError(source, "unsupported type p.C.Box for parameter box", "Box box");
  }

  // Return types.

  @Test
  void unsupportedReturnType() {
    JavaFileObject source = component("p.C", """
        @Component
        public static Object make(String text) { return text; }
        """);
    assertError(source, OBJECT + " as return type; supported: " + TypeMapper.SUPPORTED_OUTPUTS
        + ", a record (one output per component) or void", "public static Object make(");
  }

  @Test
  void optionalReturn() {
    JavaFileObject source = component("p.C", """
        @Component
        public static Optional<String> find(String text) { return Optional.of(text); }
        """);
    assertError(source, "a @Component method cannot return java.util.Optional<java.lang.String>: every output needs a"
        + " value; return the value itself, or write files through @OutputPath Path parameters",
        "public static Optional<String> find(");
  }

  @Test
  void pathReturn() {
    JavaFileObject source = component("p.C", """
        @Component
        public static Path find(String text) { return Path.of(text); }
        """);
    assertError(source, "a @Component method cannot return java.nio.file.Path: every output needs a value",
        "public static Path find(");
  }

  @Test
  void returnedRecordWithUnsupportedComponent() {
    JavaFileObject source = component("p.C", """
        public record Result(Object value, String text) {}

        @Component
        public static Result make(String text) { return new Result(text, text); }
        """);
    assertError(source, "the returned record Result has component value of " + OBJECT + "; supported: " + TypeMapper.SUPPORTED_OUTPUTS, "public static Result make(");
  }

  // Files.

  @Test
  void outputPathOnNonPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void write(
            @OutputPath String model) {}
        """);
    assertError(source, "@OutputPath needs a java.nio.file.Path parameter (the path to write to), not"
        + " java.lang.String", "@OutputPath String model");
  }

  @Test
  void outputPathOnOptionalPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void write(
            @OutputPath Optional<Path> modelPath) {}
        """);
    assertError(source, "@OutputPath needs a java.nio.file.Path parameter (the path to write to), not"
        + " java.util.Optional<java.nio.file.Path>", "@OutputPath Optional<Path> modelPath");
  }

  @Test
  void inputPathOnNonPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void read(
            @InputPath String data) {}
        """);
    assertError(source, "@InputPath needs a java.nio.file.Path (or Optional<Path>) parameter, not java.lang.String",
        "@InputPath String data");
  }

  @Test
  void pathWithoutAnnotation() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void read(
            Path data) {}
        """);
    assertError(source, "a Path parameter needs @InputPath (a file to read) or @OutputPath (a file to write)",
        "Path data");
  }

  @Test
  void inputPathAndOutputPathTogether() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void copy(
            @InputPath @OutputPath Path data) {}
        """);
    assertError(source, "a parameter is either @InputPath or @OutputPath, not both",
        "@InputPath @OutputPath Path data");
  }

  // Defaults.

  @Test
  void defaultOnOutputPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void write(
            @Default("out.txt") @OutputPath Path data) {}
        """);
    assertError(source, "an @OutputPath parameter cannot have a @Default; remove it", "@OutputPath Path data");
  }

  @Test
  void defaultOnInputPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void read(
            @Default("in.txt") @InputPath Path data) {}
        """);
    assertError(source, "an @InputPath parameter cannot have a @Default (KFP allows file inputs no default); use"
        + " Optional<Path> for an optional file", "@InputPath Path data");
  }

  @Test
  void defaultThatIsNoFloat() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void scale(
            @Default("abc") double factor) {}
        """);
    assertError(source, "@Default(\"abc\") is not a valid Float: Text \"abc\" cannot be deserialized as KFP type"
        + " \"Float\"", "@Default(\"abc\") double factor");
  }

  @Test
  void defaultThatIsNoBoolean() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void shout(
            @Default("maybe") boolean loud) {}
        """);
    assertError(source, "@Default(\"maybe\") is not a valid Boolean:", "@Default(\"maybe\") boolean loud");
  }

  @Test
  void defaultThatIsNoJson() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void sum(
            @Default("[1,") List<Integer> values) {}
        """);
    assertError(source, "@Default(\"[1,\") is not a valid JsonArray: Invalid JSON", "List<Integer> values");
  }

  @Test
  void defaultTooLargeForInt() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void repeat(
            @Default("3000000000") int times) {}
        """);
    assertError(source, "@Default(\"3000000000\") is not a valid Integer: it does not fit in a Java int; use long",
        "int times");
  }

  @Test
  void defaultOnOptional() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void scale(
            @Default("1.5") Optional<Double> factor) {}
        """);
    assertError(source, "an Optional parameter is absent by itself; drop @Default or use a plain java.lang.Double",
        "Optional<Double> factor");
  }

  // Names of inputs and outputs.

  @Test
  void twoInputsWithTheSameNameAfterStrippingPath() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void read(
            String data,
            @InputPath Path dataPath) {}
        """);
    assertError(source, "two inputs are named \"data\" (parameter data and parameter dataPath); rename one of them",
        "@InputPath Path dataPath");
  }

  @Test
  void twoOutputsWithTheSameName() {
    JavaFileObject source = component("p.C", """
        public record Trained(double accuracy, String model) {}

        @Component
        public static Trained train(
            @OutputPath Path modelPath) {
          return new Trained(1, "m");
        }
        """);
    assertError(source, "two outputs are named \"model\" (parameter modelPath and record component model); rename one"
        + " of them", "public static Trained train(");
  }

  @Test
  void outputParameterNamedLikeTheReturnValue() {
    JavaFileObject source = component("p.C", """
        @Component
        public static String train(
            @OutputPath Path OutputPath) {
          return "";
        }
        """);
    assertError(source, "two outputs are named \"Output\" (parameter OutputPath and the return value)",
        "public static String train(");
  }

  @Test
  void outputFilesThatCollideAfterKfpSanitizing() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void write(
            @OutputPath Path a$b,
            @OutputPath Path a_b) {}
        """);
    assertError(source, "the outputs \"a$b\" and \"a_b\" get the same file /tmp/outputs/a_b/data after KFP's"
        + " sanitizing; rename one of them", "@OutputPath Path a_b");
  }

  @Test
  void inputFilesThatCollideAfterKfpSanitizing() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void read(
            @InputPath Path a$b,
            @InputPath Path a_b) {}
        """);
    assertError(source, "the inputs \"a$b\" and \"a_b\" get the same file /tmp/inputs/a_b/data after KFP's"
        + " sanitizing; rename one of them", "@InputPath Path a_b");
  }

  @Test
  void outputNamesThatCollideInArgo() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void write(
            @OutputPath Path $a,
            @OutputPath Path a) {}
        """);
    assertError(source, "the outputs \"$a\" and \"a\" get the same Argo output name \"a\" after KFP's sanitizing;"
        + " rename one of them", "@OutputPath Path a)");
  }

  @Test
  void optionalInputsThatWouldShareATaskMethod() {
    JavaFileObject source = component("p.C", """
        @Component
        public static void greet(
            Optional<String> name,
            Optional<String> Name) {}
        """);
    assertError(source, "the inputs \"name\" and \"Name\" would both get the task method withName(...); rename one of"
        + " them", "Optional<String> Name");
  }

  @Test
  void outputsThatWouldShareATaskMethod() {
    JavaFileObject source = component("p.C", """
        public record Pair(String x, String X) {}

        @Component
        public static Pair split(String text) { return new Pair(text, text); }
        """);
    assertError(source, "the outputs \"x\" and \"X\" would both get the task method x(); rename one of them",
        "public static Pair split(");
  }

  // The annotation.

  @Test
  void componentNameWithoutLettersOrDigits() {
    JavaFileObject source = component("p.C", """
        @Component(name = "--!")
        public static void run() {}
        """);
    assertError(source, "the component name \"--!\" has no letters or digits to name its files by; give"
        + " @Component(name = ...) a name such as \"Train model\"", "public static void run(");
  }

  @Test
  void annotationEntryWithoutEqualsSign() {
    JavaFileObject source = component("p.C", """
        @Component(annotations = "novalue")
        public static void run() {}
        """);
    assertError(source, "@Component(annotations) entries are key=value; \"novalue\" has no \"=\"",
        "public static void run(");
  }

  @Test
  void labelEntryWithoutKey() {
    JavaFileObject source = component("p.C", """
        @Component(labels = "=value")
        public static void run() {}
        """);
    assertError(source, "@Component(labels) entries are key=value; \"=value\" has no key", "public static void run(");
  }

  @Test
  void annotationKeyGivenTwice() {
    JavaFileObject source = component("p.C", """
        @Component(annotations = {"team=a", "team = b"})
        public static void run() {}
        """);
    assertError(source, "@Component(annotations) names key \"team\" twice; keep one of them",
        "public static void run(");
  }

  // Components that collide in one compilation.

  /**
   * Each class's factories are nested in its own holder, so two methods named alike clash only by their component
   * names (the keys), in one package as in two.
   */
  @ParameterizedTest
  @ValueSource(strings = {"q.D", "p.D"})
  void sameDerivedNameInTwoClasses(String secondClass) {
    JavaFileObject first = component("p.C", """
        @Component
        public static double add(double a, double b) { return a + b; }
        """);
    JavaFileObject second = component(secondClass, """
        @Component
        public static int add(int a, int b) { return a + b; }
        """);
    Compilation compilation = TestSupport.compile(first, second);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("component name \"Add\" is taken by p.C#add (both become \"add\"); give"
        + " one of them @Component(name = ...)").inFile(second).onLineContaining("public static int add(");
  }

  @Test
  void explicitNameTakenByAnotherComponent() {
    JavaFileObject first = component("p.C", """
        @Component
        public static double add(double a, double b) { return a + b; }
        """);
    JavaFileObject second = component("q.D", """
        @Component(name = "ADD")
        public static int plus(int a, int b) { return a + b; }
        """);
    Compilation compilation = TestSupport.compile(first, second);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("component name \"ADD\" is taken by p.C#add (both become \"add\")")
        .inFile(second).onLineContaining("public static int plus(");
  }

  @Test
  void sameMethodNameTwiceInOnePackageWithDistinctNamesGivesTwoHolders() {
    JavaFileObject first = component("p.C", """
        @Component
        public static double add(double a, double b) { return a + b; }
        """);
    JavaFileObject second = component("p.D", """
        @Component(name = "Add integers")
        public static int add(int a, int b) { return a + b; }
        """);
    Compilation compilation = TestSupport.compile(first, second);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.COps").contentsAsUtf8String()
        .contains("public static final class AddOp extends Task<AddOp>");
    assertThat(compilation).generatedSourceFile("p.DOps").contentsAsUtf8String()
        .contains("public static final class AddOp extends Task<AddOp>");
    assertEquals("Add", TestSupport.entry(compilation, "add").componentName());
    assertEquals("Add integers", TestSupport.entry(compilation, "add-integers").componentName());
  }

  @Test
  void generatedClassNameTakenByAnExistingClass() {
    JavaFileObject calc = component("p.C", """
        @Component
        public static double add(double a, double b) { return a + b; }
        """);
    JavaFileObject existing = TestSupport.source("p.COps", "package p;\n\npublic final class COps {}\n");
    Compilation compilation = TestSupport.compile(calc, existing);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot write p.COps, the class kfp4j generates for the @Component"
        + " methods of p.C: Attempt to recreate a file for type p.COps; either a class of that name is in this"
        + " compilation (rename one of them), or an earlier build's is on the classpath").inFile(calc).onLineContaining("public static double add(");
  }

  // Types that do not resolve are javac's to report.

  @Test
  void unresolvedTypeIsLeftToJavac() {
    JavaFileObject source = component("p.C", """
        @Component
        public static String show(
            Missing value) {
          return "";
        }
        """);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("Missing value");
  }

  @Test
  void unresolvedRecordComponentIsLeftToJavac() {
    JavaFileObject source = component("p.C", """
        public record Result(Missing value) {}

        @Component
        public static Result make() { return null; }
        """);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source)
        .onLineContaining("record Result(Missing value)");
  }
}

package io.kfp4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import io.kfp4j.runtime.internal.entry.ComponentEntry;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.runtime.internal.entry.ParsedArguments;
import io.kfp4j.runtime.spec.Arg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One generated source a class with {@code @Component} methods ({@code CalcOps}): a nested factory per method, one
 * {@code Entries} class for them all, and commands that name {@code Owner#method}.
 */
class HolderSourceTest {
  @Test
  void twoMethodsOfOneClassGiveOneSourceWithBothFactoriesAndOneEntriesClass(@TempDir Path dir) throws Exception {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Calc", """
        @Component
        public static double add(double a, double b) { return a + b; }

        @Component
        public static String shout(String text) { return text.toUpperCase(); }
        """), TestSupport.source("p.Use", """
        package p;

        import io.kfp4j.sdk.Value;
        import p.CalcOps.AddOp;
        import p.CalcOps.ShoutOp;

        final class Use {
          static void build() {
            AddOp sum = AddOp.add(Value.of(1.0), Value.of(2.0));
            ShoutOp loud = ShoutOp.shout(Value.of("hi")).after(sum);
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("CalcOps.java"), sourceNames(compilation));
    String holder = TestSupport.generatedSource(compilation, "p.CalcOps");
    assertTrue(holder.contains("public static final class AddOp extends Task<AddOp> {"), holder);
    assertTrue(holder.contains("public static final class ShoutOp extends Task<ShoutOp> {"), holder);
    assertEquals(1, holder.split("class Entries implements ComponentEntries", -1).length - 1, holder);
    assertEquals(List.of("p/Calc.class", "p/CalcOps$AddOp.class", "p/CalcOps$Entries.class",
        "p/CalcOps$ShoutOp.class", "p/CalcOps.class", "p/Use.class"), classNames(compilation));

    assertEquals("p.Calc#add", reference(compilation, "add"));
    assertEquals("p.Calc#shout", reference(compilation, "shout"));
    ComponentEntry add = TestSupport.entry(compilation, "add");
    add.run(ParsedArguments.parse(add.flags(), List.of("--a", "1", "--b", "2", "--out-Output",
        dir.resolve("sum").toString())));
    assertEquals("3.0", Files.readString(dir.resolve("sum")));
    ComponentEntry shout = TestSupport.entry(compilation, "shout");
    shout.run(ParsedArguments.parse(shout.flags(), List.of("--text", "hi", "--out-Output",
        dir.resolve("loud").toString())));
    assertEquals("HI", Files.readString(dir.resolve("loud")));
  }

  @Test
  void aNestedOwnerGivesAnUnderscoredHolderName() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Outer", """
        public static final class Inner {
          @Component
          public static int inc(int value) { return value + 1; }
        }
        """), TestSupport.source("p.Use", """
        package p;

        import io.kfp4j.sdk.Value;
        import p.Outer_InnerOps.IncOp;

        final class Use {
          static IncOp build() {
            return IncOp.inc(Value.of(1));
          }
        }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(List.of("Outer_InnerOps.java"), sourceNames(compilation));
    assertEquals("p.Outer$Inner#inc", reference(compilation, "inc"));
    assertEquals("Inc", TestSupport.entry(compilation, "inc").componentName());
  }

  /** A factory that would hide a method of {@code Task} is the processor's error on the method, not javac's. */
  @Test
  void aFactoryThatWouldHideATaskMethodIsAnErrorOnTheMethod() {
    JavaFileObject source = TestSupport.component("p.Settings", """
        @Component
        public static String cpuRequest(String cpu) { return cpu; }

        @Component
        public static String taskName() { return "x"; }

        @Component
        public static String memoryLimit(String memory, @Default("1") String factor) { return memory; }
        """);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(3);
    for (String[] clash : new String[][] {{"cpuRequest", "String cpuRequest("}, {"taskName", "String taskName("},
        {"memoryLimit", "String memoryLimit("}}) {
      assertThat(compilation).hadErrorContaining("the task factory " + clash[0] + "(...) that kfp4j generates for"
          + " this method would hide the method " + clash[0] + " every task inherits from Task; rename the method"
          + " (the component keeps its name with @Component(name = ...))").inFile(source)
          .onLineContaining(clash[1]);
    }
  }

  @Test
  void aMethodNamedLikeATaskMethodWithOtherInputsIsFine() {
    Compilation compilation = TestSupport.compile(TestSupport.component("p.Settings", """
        @Component
        public static String cpuRequest(String cpu, int cores) { return cpu + cores; }

        @Component
        public static String taskName(String prefix) { return prefix; }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("p.Settings#taskName", reference(compilation, "task-name"));
  }

  /** Overloads without names clash on the component name too; the error says what fixes it: a rename. */
  @Test
  void overloadedComponentMethodsAreRefusedAsOverloadsNotAsANameClash() {
    JavaFileObject source = TestSupport.component("p.Calc", """
        @Component
        public static double add(double a, double b) { return a + b; }

        @Component
        public static String add(String a, String b) { return a + b; }
        """);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("both p.Calc#add(double,double) and #add(java.lang.String,"
        + "java.lang.String) would generate p.CalcOps.AddOp; @Component methods cannot be overloaded: rename one of"
        + " them").inFile(source).onLineContaining("public static String add(");
  }

  /** Overloads share the factory class and the entry's method name: the second one is refused, named. */
  @Test
  void overloadedComponentMethodsAreRefusedEvenWithDistinctNames() {
    JavaFileObject source = TestSupport.component("p.Calc", """
        @Component(name = "Add doubles")
        public static double add(double a, double b) { return a + b; }

        @Component(name = "Add integers")
        public static int add(int a, int b) { return a + b; }
        """);
    Compilation compilation = TestSupport.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("both p.Calc#add(double,double) and #add(int,int) would generate"
        + " p.CalcOps.AddOp; @Component methods cannot be overloaded: rename one of them").inFile(source).onLineContaining("public static int add(");
  }

  private static String reference(Compilation compilation, String key) {
    List<String> command = TestSupport.spec(compilation, key).container().orElseThrow().command().stream()
        .map(a -> ((Arg.Literal) a).value()).toList();
    assertEquals(LauncherCommand.MAIN_CLASS, command.get(command.size() - 2), command.toString());
    return command.get(command.size() - 1);
  }

  private static List<String> sourceNames(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(f -> Path.of(f.toUri().getPath()).getFileName().toString()).sorted().toList();
  }

  /** The class files the compilation wrote, by path. */
  static List<String> classNames(Compilation compilation) {
    return compilation.generatedFiles().stream().map(f -> f.toUri().getPath())
        .filter(p -> p.endsWith(".class")).map(p -> p.substring(p.indexOf("CLASS_OUTPUT/") + 13)).sorted().toList();
  }
}

package io.kfp4j.runtime.internal.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading {@code Class#method} references and loading the entries they name. */
class EntryReferenceTest {
  private static final String PACKAGE = EntryReferenceTest.class.getPackageName();
  private static final ClassLoader LOADER = EntryReferenceTest.class.getClassLoader();

  @Test
  void parsesTheClassAndTheMethod() {
    EntryReference reference = EntryReference.parse("io.example.Calc#add");
    assertEquals(new EntryReference("io.example.Calc", "add"), reference);
    assertEquals("io.example.Calc#add", reference.toString());
    assertEquals(new EntryReference("io.example.Outer$Inner", "m"), EntryReference.parse("io.example.Outer$Inner#m"));
  }

  @Test
  void refusesWhatIsNotClassHashMethod() {
    for (String text : List.of("add", "#add", "io.example.Calc#", "io.example.Calc#add#again", "", "#")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EntryReference.parse(text));
      assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a component entry: expected the class and method"
          + " of a @Component method, as in io.example.Calc#add"), e.getMessage());
      assertTrue(e.getMessage().endsWith("rebuild the project if its component.yaml names a component another way"),
          e.getMessage());
    }
  }

  @Test
  void theGeneratedClassJoinsTheSimpleNames() {
    assertEquals("CalcOps", EntryReference.holderName(List.of("Calc")));
    assertEquals("Outer_InnerOps", EntryReference.holderName(List.of("Outer", "Inner")));
    assertEquals("A_B_COps", EntryReference.holderName(List.of("A", "B", "C")));
  }

  @Test
  void theEntriesClassIsNestedInTheGeneratedClass() {
    assertEquals("pkg.CalcOps$Entries", EntryReference.parse("pkg.Calc#add").entriesClass());
    assertEquals("pkg.Outer_InnerOps$Entries", EntryReference.parse("pkg.Outer$Inner#m").entriesClass());
    assertEquals("a.b.X_Y_ZOps$Entries", EntryReference.parse("a.b.X$Y$Z#m").entriesClass());
    assertEquals("CalcOps$Entries", EntryReference.parse("Calc#add").entriesClass());
  }

  @Test
  void loadsTheEntryOfAMethod() {
    ComponentEntry add = EntryReference.parse(PACKAGE + ".Calc#add").load(LOADER);
    assertEquals("Add", add.componentName());
    assertEquals("add", add.method());
    assertInstanceOf(CalcOps.Entries.class, add.entries());
    assertEquals(List.of("--a", "--b", "--out-Output"), add.flags().stream().map(Flag::flag).toList());
  }

  @Test
  void loadsTheEntryOfANestedClassesMethod() {
    ComponentEntry shout = EntryReference.parse(Calc.Nested.class.getName() + "#shout").load(LOADER);
    assertEquals("Shout", shout.componentName());
    assertInstanceOf(Calc_NestedOps.Entries.class, shout.entries());
  }

  @Test
  void aClassWithoutGeneratedEntries() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntryReference.parse(PACKAGE + ".Calculator#add").load(LOADER));
    assertEquals("no kfp4j component " + PACKAGE + ".Calculator#add on the classpath (looked for the class " + PACKAGE
        + ".CalculatorOps$Entries); check that the project's classes are on the classpath and were compiled with"
        + " kfp4j's annotation processor", e.getMessage());
    assertInstanceOf(ClassNotFoundException.class, e.getCause());
  }

  @Test
  void aNestedClassWrittenWithADot() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntryReference.parse(PACKAGE + ".Calc.Nested#shout").load(LOADER));
    assertEquals("no kfp4j component " + PACKAGE + ".Calc.Nested#shout on the classpath (looked for the class "
        + PACKAGE + ".Calc.NestedOps$Entries); a nested class is named by its binary name, with $: " + PACKAGE
        + ".Calc$Nested#shout", e.getMessage());
  }

  @Test
  void aClassWithoutComponents() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntryReference.parse(PACKAGE + ".EntryReferenceTest#add").load(LOADER));
    assertEquals("no kfp4j component " + PACKAGE + ".EntryReferenceTest#add on the classpath (looked for the class "
        + PACKAGE + ".EntryReferenceTestOps$Entries); the class " + PACKAGE + ".EntryReferenceTest is there, but"
        + " kfp4j generated no entries for it: it has no @Component method, or was compiled without kfp4j's"
        + " annotation processor", e.getMessage());
  }

  @Test
  void aClassWithoutTheMethod() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntryReference.parse(PACKAGE + ".Calc#subtract").load(LOADER));
    assertEquals("no kfp4j component " + PACKAGE + ".Calc#subtract: " + PACKAGE + ".CalcOps$Entries has no"
        + " @Component method named \"subtract\"; rebuild the project so that its component.yaml files match its"
        + " classes", e.getMessage());
  }

  @Test
  void entriesOfAnotherShape() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntryReference.parse(PACKAGE + ".Stale#add").load(LOADER));
    assertTrue(e.getMessage().startsWith("the entries class " + PACKAGE + ".StaleOps$Entries of component " + PACKAGE
        + ".Stale#add cannot be created: java.lang.ClassCastException"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; rebuild the project so that the processor regenerates it"), e.getMessage());
  }
}

package io.kfp4j.runtime.resolve;

import static io.kfp4j.runtime.resolve.TestSpecs.arguments;
import static io.kfp4j.runtime.resolve.TestSpecs.component;
import static io.kfp4j.runtime.resolve.TestSpecs.concat;
import static io.kfp4j.runtime.resolve.TestSpecs.ifThen;
import static io.kfp4j.runtime.resolve.TestSpecs.inPath;
import static io.kfp4j.runtime.resolve.TestSpecs.list;
import static io.kfp4j.runtime.resolve.TestSpecs.lit;
import static io.kfp4j.runtime.resolve.TestSpecs.optional;
import static io.kfp4j.runtime.resolve.TestSpecs.present;
import static io.kfp4j.runtime.resolve.TestSpecs.required;
import static io.kfp4j.runtime.resolve.TestSpecs.single;
import static io.kfp4j.runtime.resolve.TestSpecs.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kfp4j.runtime.spec.Arg;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConcatAndIfTest {

  private static List<String> args(Arg arg, Map<String, String> arguments) {
    var spec = component(List.of(optional("x"), optional("flag"), required("r")), List.of(), arg);
    return CommandLineResolver.resolve(spec, arguments).args();
  }

  @Test
  void concatJoinsItsItemsAndSkipsDroppedOnes() {
    Arg arg = concat(lit("--x="), value("x"), lit("!"));
    assertEquals(List.of("--x=5!"), args(arg, arguments("x", "5")));
    assertEquals(List.of("--x=!"), args(arg, Map.of()));
  }

  @Test
  void concatOfOnlyDroppedItemsIsOneEmptyArgument() {
    assertEquals(List.of(""), args(concat(value("x"), inPath("flag")), Map.of()));
  }

  @Test
  void isPresentIsPythonTrueOrFalse() {
    assertEquals(List.of("True"), args(present("x"), arguments("x", "")));
    assertEquals(List.of("False"), args(present("x"), Map.of()));
  }

  @Test
  void ifIsPresentTakesThenOrElse() {
    Arg arg = ifThen(present("x"), list(lit("--x"), value("x")), list(lit("--no-x")));
    assertEquals(List.of("--x", "5"), args(arg, arguments("x", "5")));
    assertEquals(List.of("--no-x"), args(arg, Map.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"True", "true", "TRUE", "y", "Yes", "t", "on", "1"})
  void inputValueConditionReadsTrueSpellings(String text) {
    Arg arg = ifThen(value("flag"), single(lit("then")), single(lit("else")));
    var spec = component(List.of(required("flag")), List.of(), arg);
    var resolved = CommandLineResolver.resolve(spec, arguments("flag", text));
    assertEquals(List.of("then"), resolved.args());
    assertEquals(Map.of("flag", text), resolved.inputsConsumedByValue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"False", "false", "N", "no", "f", "OFF", "0"})
  void inputValueConditionReadsFalseSpellings(String text) {
    Arg arg = ifThen(value("flag"), single(lit("then")), single(lit("else")));
    assertEquals(List.of("else"), args(arg, arguments("flag", text)));
  }

  @Test
  void literalConditions() {
    assertEquals(List.of("a"), args(ifThen(lit("True"), single(lit("a")), single(lit("b"))), Map.of()));
    assertEquals(List.of("b"), args(ifThen(lit("false"), single(lit("a")), single(lit("b"))), Map.of()));
  }

  @Test
  void droppedOrEmptyConditionIsFalse() {
    assertEquals(List.of("b"), args(ifThen(value("flag"), single(lit("a")), single(lit("b"))), Map.of()));
    assertEquals(List.of("b"), args(ifThen(lit(""), single(lit("a")), single(lit("b"))), Map.of()));
    assertEquals(List.of("b"), args(ifThen(null, single(lit("a")), single(lit("b"))), Map.of()));
  }

  @Test
  void conditionThatIsNotABooleanIsAnErrorNamingTextAndField() {
    var spec = component(List.of(optional("x"), optional("flag")), List.of(),
        lit("a"), lit("b"), lit("c"), lit("d"), lit("e"), ifThen(value("flag"), list(lit("a")), null));
    var error = assertThrows(ResolutionException.class,
        () -> CommandLineResolver.resolve(spec, arguments("flag", "maybe")));
    assertEquals("implementation.container.args[5].if.cond", error.field());
    // the middle is StrToBool's own wording, which names the text and the accepted spellings
    assertTrue(error.getMessage().startsWith("Component \"Comp\": implementation.container.args[5].if.cond:"
        + " the condition is not a boolean: invalid truth value 'maybe'"), error.getMessage());
    assertTrue(error.getMessage().endsWith("; pass a boolean such as true or false for input \"flag\""),
        error.getMessage());
  }

  @Test
  void literalConditionThatIsNotABooleanAsksForABoolean() {
    var error = assertThrows(ResolutionException.class,
        () -> args(ifThen(lit("2"), list(lit("a")), null), Map.of()));
    assertEquals("implementation.container.args[0].if.cond", error.field());
    assertTrue(error.getMessage().endsWith("; make the condition a boolean such as true or false"));
  }

  @Test
  void requiredInputMissingInConditionIsAnErrorAtTheCondition() {
    var error = assertThrows(ResolutionException.class,
        () -> args(ifThen(value("r"), list(lit("a")), null), Map.of()));
    assertEquals("implementation.container.args[0].if.cond.inputValue", error.field());
  }

  @Test
  void singleItemAndListBranchesExpandAlike() {
    assertEquals(List.of("--x"), args(ifThen(present("x"), single(lit("--x")), null), arguments("x", "1")));
    assertEquals(List.of("--x", "1"),
        args(ifThen(present("x"), list(lit("--x"), value("x")), null), arguments("x", "1")));
    assertEquals(List.of("1"), args(ifThen(lit("true"), single(value("x")), null), arguments("x", "1")));
    assertEquals(List.of(), args(ifThen(lit("true"), single(value("x")), null), Map.of()));
    assertEquals(List.of(), args(ifThen(lit("true"), list(value("x")), null), Map.of()));
  }

  @Test
  void missingBranchExpandsToNothing() {
    Arg noElse = ifThen(present("x"), list(lit("--x")), null);
    Arg noThen = ifThen(present("x"), null, list(lit("--no-x")));
    assertEquals(List.of("first", "last"), args(between(noElse), Map.of()));
    assertEquals(List.of("first", "last"), args(between(noThen), arguments("x", "1")));
  }

  private static Arg between(Arg arg) {
    return ifThen(lit("true"), list(lit("first"), arg, lit("last")), null);
  }

  @Test
  void branchNotTakenIsNotExpanded() {
    Arg arg = ifThen(present("x"), list(value("x")), list(value("r")));
    assertEquals(List.of("5"), args(arg, arguments("x", "5")));
    var error = assertThrows(ResolutionException.class, () -> args(arg, Map.of()));
    assertEquals("implementation.container.args[0].if.else[0].inputValue", error.field());
  }

  @Test
  void singleBranchFieldPathHasNoIndex() {
    var error = assertThrows(ResolutionException.class,
        () -> args(ifThen(lit("yes"), single(value("r")), null), Map.of()));
    assertEquals("implementation.container.args[0].if.then.inputValue", error.field());
  }

  @Test
  void ifInsideConcat() {
    Arg arg = concat(lit("--x="), ifThen(present("x"), single(value("x")), single(lit("none"))));
    assertEquals(List.of("--x=5"), args(arg, arguments("x", "5")));
    assertEquals(List.of("--x=none"), args(arg, Map.of()));
  }

  @Test
  void listBranchInsideConcatIsJoined() {
    Arg arg = concat(lit("<"), ifThen(present("x"), list(lit("a"), value("x"), lit("b")), null), lit(">"));
    assertEquals(List.of("<a5b>"), args(arg, arguments("x", "5")));
    assertEquals(List.of("<>"), args(arg, Map.of()));
  }

  @Test
  void concatInsideIf() {
    Arg arg = ifThen(present("x"), list(lit("--file"), concat(value("x"), lit(".csv"))), null);
    assertEquals(List.of("--file", "data.csv"), args(arg, arguments("x", "data")));
    assertEquals(List.of(), args(arg, Map.of()));
  }

  @Test
  void ifInsideIfBranchAndErrorPathThroughConcat() {
    Arg inner = ifThen(present("flag"), single(lit("both")), single(lit("x only")));
    Arg arg = ifThen(present("x"), list(inner), null);
    assertEquals(List.of("both"), args(arg, arguments("x", "1", "flag", "1")));
    assertEquals(List.of("x only"), args(arg, arguments("x", "1")));

    Arg deep = concat(lit("a"), ifThen(lit("on"), list(lit("b"), value("r")), null));
    var error = assertThrows(ResolutionException.class, () -> args(deep, Map.of()));
    assertEquals("implementation.container.args[0].concat[1].if.then[1].inputValue", error.field());
  }

  @Test
  void conditionThatExpandsToSeveralItemsIsAnError() {
    Arg cond = ifThen(lit("true"), list(lit("true"), lit("false")), null);
    var error = assertThrows(ResolutionException.class, () -> args(ifThen(cond, list(lit("a")), null), Map.of()));
    assertEquals("implementation.container.args[0].if.cond", error.field());
  }
}

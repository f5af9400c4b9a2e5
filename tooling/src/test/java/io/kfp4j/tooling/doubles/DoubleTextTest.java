package io.kfp4j.tooling.doubles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.tooling.ToolingException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code TASK:OUTPUT=VALUE,...} as the command line and the plugin take it. */
class DoubleTextTest {
  @Test
  void aTaskWithItsOutputs() {
    GivenDouble d = DoubleText.parse("create-secret:name=s-1,manifest={}", "--double");
    assertEquals("create-secret", d.match());
    assertEquals(Map.of("name", "s-1", "manifest", "{}"), d.outputs());
    assertEquals(List.of("name", "manifest"), List.copyOf(d.outputs().keySet()), "in the order given");
    assertEquals("--double \"create-secret:name=s-1,manifest={}\"", d.origin());
  }

  @Test
  void aCommaStartsAnOutputOnlyBeforeANameAndEquals() {
    GivenDouble d = DoubleText.parse("split:xs=[1, 2],pair={\"a\": 1, \"b\": 2}, note=a=b", "--double");
    assertEquals(Map.of("xs", "[1, 2]", "pair", "{\"a\": 1, \"b\": 2}", "note", "a=b"), d.outputs());
  }

  @Test
  void aTaskAloneHasNoOutputsAndAValueMayBeEmpty() {
    assertEquals(Map.of(), DoubleText.parse("wait-job", "--double").outputs());
    assertEquals(Map.of(), DoubleText.parse("wait-job:", "--double").outputs());
    assertEquals(Map.of("name", ""), DoubleText.parse("Create secret:name=", "--double").outputs());
    assertEquals("Create secret", DoubleText.parse("Create secret:name=", "--double").match());
  }

  @Test
  void malformedTextNamesTheOptionTheTextAndTheSyntax() {
    assertEquals("--double \"create-secret=name=s\": it has no colon after the task; write it as"
        + " TASK:OUTPUT=VALUE[,OUTPUT=VALUE...] (TASK alone for a task without outputs)",
        failure("create-secret=name=s").getMessage());
    assertEquals("--double \":name=s\": it names no task; write it as TASK:OUTPUT=VALUE[,OUTPUT=VALUE...] (TASK"
        + " alone for a task without outputs)", failure(":name=s").getMessage());
    assertEquals("--double \"t:name\": \"name\" is not OUTPUT=VALUE; write it as TASK:OUTPUT=VALUE[,OUTPUT=VALUE...]"
        + " (TASK alone for a task without outputs)", failure("t:name").getMessage());
    assertEquals("--double \"t:=1\": \"=1\" is not OUTPUT=VALUE; write it as TASK:OUTPUT=VALUE[,OUTPUT=VALUE...]"
        + " (TASK alone for a task without outputs)", failure("t:=1").getMessage());
    assertEquals("--double \"t:a=1,a=2\": output \"a\" is given twice; give each output once",
        failure("t:a=1,a=2").getMessage());
    assertEquals(Kind.INVALID_INPUT, failure("").kind());
  }

  @Test
  void severalOnePerLineOrBySemicolons() {
    GivenDoubles all = DoubleText.parseAll("\n  create-secret: name=s-1, manifest={}\n  wait-job;count:n=3\n",
        "doubles (kfp4j.doubles)");
    assertEquals(List.of("create-secret", "wait-job", "count"), all.doubles().stream().map(GivenDouble::match)
        .toList());
    assertEquals(Map.of("name", "s-1", "manifest", "{}"), all.doubles().get(0).outputs(),
        "a line's outer blanks and the blanks before an output's name are dropped");
    assertEquals("doubles (kfp4j.doubles) \"wait-job\"", all.doubles().get(1).origin());
  }

  @Test
  void twoDoublesForOneNameInOneSourceAreRefused() {
    ToolingException e = assertThrows(ToolingException.class, () -> DoubleText.parseAll("t:a=1;t:a=2", "doubles"));
    assertEquals("doubles \"t:a=1\" and doubles \"t:a=2\" both stand in for \"t\"; give one double for it",
        e.getMessage());
  }

  @Test
  void aLaterSourceReplacesAnEarlierOnesDoubleOfTheSameName() {
    GivenDoubles file = DoubleText.parseAll("t:a=1;u", "file");
    GivenDoubles merged = file.then(GivenDoubles.of(List.of(DoubleText.parse("t:a=2", "--double"))));
    assertEquals(List.of("t", "u"), merged.doubles().stream().map(GivenDouble::match).toList());
    assertEquals(Map.of("a", "2"), merged.doubles().get(0).outputs());
  }

  private static ToolingException failure(String text) {
    return assertThrows(ToolingException.class, () -> DoubleText.parse(text, "--double"));
  }
}

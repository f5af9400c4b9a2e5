package io.kfp4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.CodeBlock;
import org.junit.jupiter.api.Test;

/** The processor's string literals read back as the strings they came from, as JavaPoet's {@code $S} writes them. */
class JavaLiteralsTest {
  @Test
  void plainTextIsQuoted() {
    assertEquals("\"Output\"", JavaLiterals.of("Output"));
    assertEquals("null", JavaLiterals.of(null));
  }

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertEquals("\"a \\\"b\\\" c\\\\d\\te\\u0001\"", JavaLiterals.of("a \"b\" c\\d\te\u0001"));
  }

  @Test
  void sameAsJavaPoetForTextWithoutLineBreaks() {
    for (String text : new String[] {"min-value", "it's", "Café ☕", "a\\b", "tab\there", "x\"y"}) {
      assertEquals(CodeBlock.of("$S", text).toString(), JavaLiterals.of(text), text);
    }
  }
}

package io.kfp4j.runtime.types;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrToBoolTest {

  @ParameterizedTest
  @ValueSource(strings = {"y", "Y", "yes", "Yes", "YES", "yEs", "t", "T", "true", "True", "TRUE", "tRuE", "on", "On",
      "ON", "oN", "1"})
  void trueSpellings(String text) {
    assertTrue(StrToBool.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"n", "N", "no", "No", "NO", "nO", "f", "F", "false", "False", "FALSE", "fAlSe", "off",
      "Off", "OFF", "oFf", "0"})
  void falseSpellings(String text) {
    assertFalse(StrToBool.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " true", "true ", "2", "-1", "yess", "none", "nil", "1.0", "truth", "enabled"})
  void rejectsOtherTextNamingItAndTheSpellings(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrToBool.parse(text));
    assertTrue(e.getMessage().startsWith("invalid truth value '" + text + "'"), e.getMessage());
    assertTrue(e.getMessage().contains("y, yes, t, true, on, 1 or n, no, f, false, off, 0"), e.getMessage());
  }

  @Test
  void rejectsNull() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StrToBool.parse(null));
    assertTrue(e.getMessage().startsWith("invalid truth value null"), e.getMessage());
  }
}

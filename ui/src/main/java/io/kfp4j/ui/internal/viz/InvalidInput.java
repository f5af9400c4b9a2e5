package io.kfp4j.ui.internal.viz;

import java.util.List;

/** Thrown by a view when its input cannot be drawn at all; carries every problem found. */
final class InvalidInput extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  InvalidInput(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).message(), null, false, false);
    this.problems = List.copyOf(problems);
  }

  InvalidInput(String field, String message) {
    this(List.of(new Problem(field, message)));
  }

  List<Problem> problems() {
    return problems;
  }
}

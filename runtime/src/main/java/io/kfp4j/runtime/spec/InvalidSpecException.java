package io.kfp4j.runtime.spec;

import io.kfp4j.runtime.Kfp4jException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A component spec that cannot be used ({@link Kfp4jException.Kind#INVALID_INPUT}, with the {@code file} of the
 * first problem as a fact), with every problem found in it (not only the first).
 */
public final class InvalidSpecException extends Kfp4jException {
  private static final long serialVersionUID = 1L;
  private final transient List<SpecProblem> problems;

  /** @param problems at least one problem */
  public InvalidSpecException(List<SpecProblem> problems) {
    super(Kind.INVALID_INPUT, describe(problems), null, facts(Fact.FILE, problems.isEmpty() ? null
        : problems.get(0).source()), null);
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in the order found. */
  public List<SpecProblem> problems() {
    return problems;
  }

  private static String describe(List<SpecProblem> problems) {
    String head = problems.size() == 1 ? "invalid component spec:\n  " : problems.size() + " problems in component spec:\n  ";
    return head + problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n  "));
  }
}

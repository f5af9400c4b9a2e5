package io.kfp4j.runtime.spec;

/** The {@code isEnabled} condition of a graph task. */
public sealed interface Predicate {

  /** The comparison operators, with their YAML keys. */
  enum Operator {
    EQUALS("=="), NOT_EQUALS("!="), GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<=");

    private final String key;

    Operator(String key) {
      this.key = key;
    }

    /** The YAML key, e.g. {@code ==}. */
    public String key() {
      return key;
    }
  }

  /** An argument used directly as a condition. @param argument the argument */
  record Value(Argument argument) implements Predicate {}

  /**
   * A comparison of two arguments.
   *
   * @param operator the comparison
   * @param op1 the left side
   * @param op2 the right side
   */
  record Compare(Operator operator, Argument op1, Argument op2) implements Predicate {}

  /** Negation. @param operand the negated condition */
  record Not(Predicate operand) implements Predicate {}

  /** Both. @param op1 the first @param op2 the second */
  record And(Predicate op1, Predicate op2) implements Predicate {}

  /** Either. @param op1 the first @param op2 the second */
  record Or(Predicate op1, Predicate op2) implements Predicate {}
}

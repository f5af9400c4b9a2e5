package io.kfp4j.sdk.ir;

/**
 * The condition of a {@code Condition} group: two operands and an operator, as KFP's {@code ConditionOperator}.
 *
 * @param left the left operand
 * @param operator the comparison
 * @param right the right operand
 */
public record Comparison(ArgumentValue left, Operator operator, ArgumentValue right) {

  /** The operators, with their Argo spelling. */
  public enum Operator {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    /** {@code ==}, {@code <=}, ... */
    public String symbol() {
      return symbol;
    }
  }
}

package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.Comparison;
import java.util.List;
import java.util.Set;

/**
 * A condition as the CEL text KFP 2 writes in {@code triggerPolicy.condition}
 * ({@code _single_binary_operation_to_cel_condition}): an operand read from the group's inputs is
 * {@code inputs.parameter_values['pipelinechannel--…']} ({@code int(…)} for an integer), a constant takes the type of
 * the other side when its text is such a value (else text, quoted), and operands of two types are promoted (text over
 * boolean over double over integer).
 */
final class Conditions {
  private static final List<String> PRIMITIVE = List.of("STRING", "BOOLEAN", "NUMBER_DOUBLE", "NUMBER_INTEGER");

  private Conditions() {}

  /** One side: a channel, or a constant's text. */
  sealed interface Operand {
    /** A channel. @param channel it */
    record Read(Channel channel) implements Operand {}

    /** A constant. @param text its KFP text */
    record Constant(String text) implements Operand {}
  }

  static String cel(Operand left, Comparison.Operator operator, Operand right, String where) {
    String leftType = type(left, right, where);
    String rightType = type(right, left, where);
    String canonical;
    Set<String> types = new java.util.HashSet<>(List.of(leftType, rightType));
    if (types.size() == 1) {
      canonical = leftType;
    } else if (types.contains("STRING")) {
      canonical = "STRING";
    } else if (types.contains("BOOLEAN")) {
      canonical = "BOOLEAN";
    } else {
      canonical = "NUMBER_DOUBLE";
    }
    return render(left, leftType, canonical) + " " + operator.symbol() + " " + render(right, rightType, canonical);
  }

  private static String type(Operand operand, Operand other, String where) {
    if (operand instanceof Operand.Read read) {
      String type = read.channel().type() instanceof IoType.Parameter p ? p.parameterType() : "artifact";
      if (!PRIMITIVE.contains(type)) {
        throw new V2CompileException(where + ": compares " + read.channel().fullName() + " of type " + type
            + "; KFP v2 conditions compare text, numbers and booleans only. Compare a primitive output, or compile"
            + " for the Argo target (KFP v1)");
      }
      return type;
    }
    String text = ((Operand.Constant) operand).text();
    if (other instanceof Operand.Read read && read.channel().type() instanceof IoType.Parameter p
        && fits(text, p.parameterType())) {
      return p.parameterType();
    }
    return "STRING";
  }

  private static boolean fits(String text, String type) {
    return switch (type) {
      case "NUMBER_INTEGER" -> text.matches("-?[0-9]+");
      case "NUMBER_DOUBLE" -> text.matches("-?[0-9]+\\.[0-9]*([eE][-+]?[0-9]+)?|-?[0-9]+[eE][-+]?[0-9]+|-?inf|nan");
      case "BOOLEAN" -> text.equals("True") || text.equals("False");
      default -> type.equals("STRING");
    };
  }

  private static String render(Operand operand, String type, String canonical) {
    String value;
    if (operand instanceof Operand.Read read) {
      value = "inputs.parameter_values['" + read.channel().inputName() + "']";
      if (type.equals("NUMBER_INTEGER")) {
        value = "int(" + value + ")";
      }
    } else {
      String text = ((Operand.Constant) operand).text();
      value = switch (type) {
        case "STRING" -> "'" + text + "'";
        case "BOOLEAN" -> text.toLowerCase(java.util.Locale.ROOT);
        default -> text;
      };
    }
    if (type.equals(canonical)) {
      return value;
    }
    return switch (canonical) {
      case "STRING" -> "'" + value + "'";
      case "BOOLEAN" -> value.equals("0") ? "true" : "false";
      default -> "double(" + value + ")";
    };
  }
}

package io.kfp4j.sdk.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A condition on a node's label, one {@code matchExpressions} entry of a Kubernetes node affinity term, checked as
 * Kubernetes checks it.
 *
 * <pre>{@code
 * task.preferNodes(50, NodeRequirement.in("cloud.google.com/gke-preemptible", "true"));
 * }</pre>
 *
 * @param key the node label
 * @param operator {@code In}, {@code NotIn}, {@code Exists}, {@code DoesNotExist}, {@code Gt} or {@code Lt}
 * @param values the values: one or more for {@code In}/{@code NotIn}, none for {@code Exists}/{@code DoesNotExist},
 *     one whole number for {@code Gt}/{@code Lt}
 */
public record NodeRequirement(String key, String operator, List<String> values) {
  private static final Set<String> OPERATORS = Set.of("In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt");

  public NodeRequirement {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a node requirement needs the node label it reads, not "
          + (key == null ? "null" : "\"" + key + "\""));
    }
    if (!OPERATORS.contains(operator)) {
      throw new IllegalArgumentException("node requirement on \"" + key + "\": operator must be one of In, NotIn,"
          + " Exists, DoesNotExist, Gt, Lt, not " + (operator == null ? "null" : "\"" + operator + "\""));
    }
    values = List.copyOf(Objects.requireNonNull(values, "values"));
    boolean ok = switch (operator) {
      case "In", "NotIn" -> !values.isEmpty();
      case "Exists", "DoesNotExist" -> values.isEmpty();
      default -> values.size() == 1 && values.get(0).matches("-?[0-9]+");
    };
    if (!ok) {
      throw new IllegalArgumentException("node requirement on \"" + key + "\": " + operator + " takes "
          + switch (operator) {
            case "In", "NotIn" -> "one or more values";
            case "Exists", "DoesNotExist" -> "no values";
            default -> "one whole number";
          } + ", not " + values);
    }
  }

  /** The node's label {@code key} has one of {@code values}. */
  public static NodeRequirement in(String key, String... values) {
    return new NodeRequirement(key, "In", List.of(values));
  }

  /** The node has the label {@code key}. */
  public static NodeRequirement exists(String key) {
    return new NodeRequirement(key, "Exists", List.of());
  }

  /** As Kubernetes writes it: {@code key}, {@code operator} and, unless empty, {@code values}. */
  public Map<String, Object> toMap() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("key", key);
    out.put("operator", operator);
    if (!values.isEmpty()) {
      out.put("values", values);
    }
    return out;
  }
}

package io.kfp4j.sdk.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task's Kubernetes node affinity as kfp-kubernetes' {@code add_node_affinity} writes it: each required node selector
 * term as a {@code NodeAffinityTerm} without a weight, each preferred one with its weight (a number, as KFP's struct
 * writes it: {@code 50.0}). Pod affinity and anti-affinity have no writer in kfp-kubernetes, so they are refused.
 */
final class NodeAffinityTerms {
  private static final String REQUIRED = "requiredDuringSchedulingIgnoredDuringExecution";
  private static final String PREFERRED = "preferredDuringSchedulingIgnoredDuringExecution";
  private static final Set<String> TERM_KEYS = Set.of("matchExpressions", "matchFields");
  private static final Set<String> REQUIREMENT_KEYS = Set.of("key", "operator", "values");

  private NodeAffinityTerms() {}

  /** The node affinity terms, required ones first; empty without a node affinity. */
  static ArrayNode terms(Map<String, Object> affinity) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    if (affinity == null || !(affinity.get("nodeAffinity") instanceof Map<?, ?> node)) {
      return out;
    }
    if (node.get(REQUIRED) instanceof Map<?, ?> required && required.get("nodeSelectorTerms") instanceof List<?> terms) {
      terms.forEach(term -> out.add(term((Map<?, ?>) term)));
    }
    if (node.get(PREFERRED) instanceof List<?> preferred) {
      for (Object item : preferred) {
        Map<?, ?> entry = (Map<?, ?>) item;
        ObjectNode term = term((Map<?, ?>) entry.get("preference"));
        term.put("weight", ((Number) entry.get("weight")).doubleValue());
        out.add(term);
      }
    }
    return out;
  }

  /** Adds what of the affinity KFP v2 cannot express (or that is not a Kubernetes node affinity) to {@code out}. */
  static void inexpressible(Map<String, Object> affinity, List<String> out) {
    if (affinity == null) {
      return;
    }
    affinity.keySet().stream().filter(k -> !k.equals("nodeAffinity")).forEach(k ->
        out.add("affinity." + k + ": KFP v2's kubernetes settings have node affinity only"));
    Object node = affinity.get("nodeAffinity");
    if (node == null) {
      return;
    }
    if (!(node instanceof Map<?, ?> map)) {
      out.add("affinity.nodeAffinity: not a mapping");
      return;
    }
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String at = "affinity.nodeAffinity." + e.getKey();
      if (REQUIRED.equals(e.getKey())) {
        if (!(e.getValue() instanceof Map<?, ?> required) || required.size() != 1
            || !(required.get("nodeSelectorTerms") instanceof List<?> terms)) {
          out.add(at + ": must be {nodeSelectorTerms: [...]}");
          continue;
        }
        for (int i = 0; i < terms.size(); i++) {
          checkTerm(terms.get(i), at + ".nodeSelectorTerms[" + i + "]", out);
        }
      } else if (PREFERRED.equals(e.getKey())) {
        if (!(e.getValue() instanceof List<?> preferred)) {
          out.add(at + ": must be a list of {weight, preference}");
          continue;
        }
        for (int i = 0; i < preferred.size(); i++) {
          String term = at + "[" + i + "]";
          if (!(preferred.get(i) instanceof Map<?, ?> entry) || !(entry.get("weight") instanceof Number)
              || !Set.of("weight", "preference").containsAll(entry.keySet())) {
            out.add(term + ": must be {weight, preference}");
          } else {
            checkTerm(entry.get("preference"), term + ".preference", out);
          }
        }
      } else {
        out.add(at + ": KFP v2 takes only " + REQUIRED + " and " + PREFERRED);
      }
    }
  }

  private static void checkTerm(Object term, String at, List<String> out) {
    if (!(term instanceof Map<?, ?> map) || !TERM_KEYS.containsAll(map.keySet())) {
      out.add(at + ": must have only matchExpressions and matchFields");
      return;
    }
    for (Object list : map.values()) {
      if (!(list instanceof List<?> requirements) || !requirements.stream().allMatch(r -> r instanceof Map<?, ?> m
          && REQUIREMENT_KEYS.containsAll(m.keySet()) && m.get("key") instanceof String
          && m.get("operator") instanceof String)) {
        out.add(at + ": each requirement must be {key, operator, values}");
      }
    }
  }

  private static ObjectNode term(Map<?, ?> term) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (String kind : List.of("matchExpressions", "matchFields")) {
      if (term.get(kind) instanceof List<?> requirements && !requirements.isEmpty()) {
        ArrayNode list = out.putArray(kind);
        for (Object r : requirements) {
          Map<?, ?> requirement = (Map<?, ?>) r;
          ObjectNode entry = list.addObject();
          entry.put("key", (String) requirement.get("key"));
          entry.put("operator", (String) requirement.get("operator"));
          if (requirement.get("values") instanceof List<?> values && !values.isEmpty()) {
            ArrayNode array = entry.putArray("values");
            values.forEach(v -> array.add(String.valueOf(v)));
          }
        }
      }
    }
    return out;
  }
}

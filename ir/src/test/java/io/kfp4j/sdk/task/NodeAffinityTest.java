package io.kfp4j.sdk.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Node affinity terms are typed, checked as Kubernetes checks them, and kept beside the rest of the affinity. */
class NodeAffinityTest {
  @Test
  void termsAddUpBesideTheRestOfTheAffinity() {
    Map<String, Object> pod = Map.of("podAffinity", Map.of("x", 1));
    TaskSettings settings = TaskSettings.builder().affinity(pod)
        .preferNodes(50, List.of(NodeRequirement.in("zone", "a", "b")))
        .preferNodes(1, List.of(NodeRequirement.exists("ssd")))
        .requireNodes(List.of(new NodeRequirement("cores", "Lt", List.of("64")))).build();
    assertEquals(Map.of("podAffinity", Map.of("x", 1), "nodeAffinity", Map.of(
        "preferredDuringSchedulingIgnoredDuringExecution", List.of(
            Map.of("preference", Map.of("matchExpressions", List.of(Map.of("key", "zone", "operator", "In",
                "values", List.of("a", "b")))), "weight", 50),
            Map.of("preference", Map.of("matchExpressions", List.of(Map.of("key", "ssd", "operator", "Exists"))),
                "weight", 1)),
        "requiredDuringSchedulingIgnoredDuringExecution", Map.of("nodeSelectorTerms", List.of(Map.of(
            "matchExpressions", List.of(Map.of("key", "cores", "operator", "Lt", "values", List.of("64")))))))),
        settings.affinity());
  }

  @Test
  void badRequirementsAndTermsSayWhatIsExpected() {
    assertEquals("node requirement on \"zone\": operator must be one of In, NotIn, Exists, DoesNotExist, Gt, Lt,"
        + " not \"Equals\"", message(() -> new NodeRequirement("zone", "Equals", List.of("a"))));
    assertEquals("node requirement on \"zone\": In takes one or more values, not []",
        message(() -> NodeRequirement.in("zone")));
    assertEquals("node requirement on \"ssd\": Exists takes no values, not [yes]",
        message(() -> new NodeRequirement("ssd", "Exists", List.of("yes"))));
    assertEquals("node requirement on \"cores\": Gt takes one whole number, not [many]",
        message(() -> new NodeRequirement("cores", "Gt", List.of("many"))));
    assertEquals("a node requirement needs the node label it reads, not \"\"",
        message(() -> NodeRequirement.exists("")));
    assertEquals("a node preference's weight must be 1 to 100, not 0",
        message(() -> TaskSettings.builder().preferNodes(0, List.of(NodeRequirement.exists("ssd")))));
    assertEquals("a node affinity term needs at least one NodeRequirement",
        message(() -> TaskSettings.builder().requireNodes(List.of())));
  }

  private static String message(Runnable action) {
    return assertThrows(IllegalArgumentException.class, action::run).getMessage();
  }
}

package io.kfp4j.runtime.yaml;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds a YAML alias inside the collection it names
 * ({@code implementation: &impl {... spec: {implementation: *impl}}}),
 * which makes a spec that contains itself: reading it would never end. Each node is walked once.
 */
final class AliasCycle {
  private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Problems problems;

  private AliasCycle(Problems problems) {
    this.problems = problems;
  }

  /** Reports the first alias that names a collection containing it; {@code false} when there is one. */
  static boolean check(Node root, Problems problems) {
    return new AliasCycle(problems).walk(root, root, "");
  }

  private boolean walk(Node node, Node usedAt, String path) {
    if (open.contains(node)) {
      String anchor = node.getAnchor() == null ? "" : " *" + node.getAnchor();
      problems.report(usedAt, path, "this YAML alias" + anchor + " names a collection that contains it (its anchor"
          + " is at line " + (node.getStartMark().getLine() + 1) + "), so the spec would contain itself without end;"
          + " write the content out here, or use another component, instead of aliasing what holds the alias");
      return false;
    }
    if (!done.add(node)) {
      return true;
    }
    open.add(node);
    boolean fine = true;
    if (node instanceof MappingNode m) {
      for (NodeTuple tuple : m.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
        fine = fine && walk(tuple.getValueNode(), tuple.getKeyNode(), path.isEmpty() ? key : path + "." + key);
      }
    } else if (node instanceof SequenceNode s) {
      List<Node> items = s.getValue();
      for (int i = 0; i < items.size() && fine; i++) {
        fine = walk(items.get(i), s, path + "[" + i + "]");
      }
    }
    open.remove(node);
    return fine;
  }
}

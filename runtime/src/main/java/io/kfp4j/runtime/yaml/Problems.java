package io.kfp4j.runtime.yaml;

import io.kfp4j.runtime.spec.SpecProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Collects problems (and warnings: what KFP accepts and kfp4j points out) while reading one source, and remembers
 * where each field path was found. In strict mode, what would be a warning is a problem.
 */
final class Problems {
  private final String source;
  private final boolean strict;
  private final List<SpecProblem> found = new ArrayList<>();
  private final List<SpecProblem> warnings = new ArrayList<>();
  private final Map<String, Mark> places = new HashMap<>();

  Problems(String source, boolean strict) {
    this.source = source;
    this.strict = strict;
  }

  String source() {
    return source;
  }

  boolean strict() {
    return strict;
  }

  /** Records a warning at the node. */
  void warn(Node node, String path, String message) {
    Mark mark = node.getStartMark();
    warnings.add(new SpecProblem(source, mark.getLine() + 1, mark.getColumn() + 1, path, message));
  }

  List<SpecProblem> warnings() {
    return List.copyOf(warnings);
  }

  /** Remembers where a field path is; a duplicated key's last value wins, as it does for the spec. */
  void place(String path, Node node) {
    places.put(path, node.getStartMark());
  }

  void report(Node node, String path, String message) {
    report(node == null ? null : node.getStartMark(), path, message);
  }

  void report(Mark mark, String path, String message) {
    if (mark == null) {
      found.add(new SpecProblem(source, 0, 0, path, message));
    } else {
      found.add(new SpecProblem(source, mark.getLine() + 1, mark.getColumn() + 1, path, message));
    }
  }

  /** Adds a problem found on the model, placed at the nearest known field of its path. */
  void locate(SpecProblem problem) {
    locate(problem, problem.path());
  }

  /**
   * Adds a problem found on the model, placed at the nearest known field of its path, and reported with another
   * path: where the field is in the file when the model's path differs (a v2 component file).
   */
  void locate(SpecProblem original, String reportedPath) {
    SpecProblem problem = new SpecProblem(original.source(), original.line(), original.column(), reportedPath,
        original.message());
    String path = original.path();
    while (true) {
      Mark mark = places.get(path);
      if (mark != null) {
        found.add(problem.locatedAt(source, mark.getLine() + 1, mark.getColumn() + 1));
        return;
      }
      int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
      if (cut <= 0) {
        found.add(problem.locatedAt(source, 0, 0));
        return;
      }
      path = path.substring(0, cut);
    }
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<SpecProblem> all() {
    return List.copyOf(found);
  }
}

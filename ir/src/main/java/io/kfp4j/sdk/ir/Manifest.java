package io.kfp4j.sdk.ir;

import io.kfp4j.sdk.task.SettingValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Kubernetes object a resource task acts on, as a tree: maps with text keys, lists, and leaves. A leaf is text,
 * a number, a boolean, a {@link SettingValue} (text that may read a pipeline parameter, a task output or a loop
 * item when the pipeline runs), or a {@link RunScopedName}. Each target writes the tree its own way.
 *
 * @param tree the object ({@code apiVersion}, {@code kind}, {@code metadata}, ...), copied and unmodifiable
 */
public record Manifest(Map<String, Object> tree) {
  private static final ValueTrees TREES = new ValueTrees(k -> k instanceof String,
      v -> ValueTrees.plain(v) || v instanceof SettingValue || v instanceof RunScopedName,
      (path, k) -> "manifest" + path + ": the key " + k + " is not text",
      (path, v) -> "manifest" + path + ": " + ValueTrees.describe(v) + " is not a manifest value; give text, a number,"
          + " a boolean, a list or a map");

  public Manifest {
    Objects.requireNonNull(tree, "tree");
    tree = textKeys(TREES.copyMap(tree, ""));
  }

  /**
   * A name unique to the run: the run's name, a dash, then the suffix, as KFP's {@code "{{workflow.name}}-vol1"}
   * (Argo writes it so; the local engine uses the run's id).
   *
   * @param suffix what follows the run's name
   */
  public record RunScopedName(String suffix) {
    public RunScopedName {
      Objects.requireNonNull(suffix, "suffix");
    }
  }

  /** The object's {@code kind}, when it is text. */
  public Optional<String> kind() {
    return tree.get("kind") instanceof String s ? Optional.of(s) : Optional.empty();
  }

  /** The leaf or subtree at a path of map keys ({@code "metadata", "name"}), if there is one. */
  public Optional<Object> at(String... keys) {
    Object node = tree;
    for (String key : keys) {
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
        return Optional.empty();
      }
      node = map.get(key);
    }
    return Optional.of(node);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Object> textKeys(Map<Object, Object> checked) {
    return (Map) checked; // every key was checked to be text
  }

  /** The run-time values the manifest reads, in tree order. */
  public List<ArgumentValue> references() {
    return ValueTrees.references(tree);
  }
}

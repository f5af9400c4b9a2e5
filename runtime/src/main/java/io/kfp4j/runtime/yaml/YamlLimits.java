package io.kfp4j.runtime.yaml;

/**
 * Bounds that keep hostile or broken files from costing time or memory.
 *
 * @param maxBytes the largest file accepted (the biggest public KFP component is about 40 KB)
 * @param maxDepth the deepest nesting of YAML collections accepted
 * @param maxAliases the most aliases to collections accepted (defeats "billion laughs")
 */
public record YamlLimits(int maxBytes, int maxDepth, int maxAliases) {
  /** 4 MiB, 64 levels, 20 aliases. */
  public static final YamlLimits DEFAULT = new YamlLimits(4 * 1024 * 1024, 64, 20);

  public YamlLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0) {
      throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxDepth + ", " + maxAliases);
    }
  }
}

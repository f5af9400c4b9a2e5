package io.kfp4j.runtime.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Turns YAML scalars into Java values with YAML 1.1 rules, exactly as PyYAML's safe loader (and so KFP) reads them. */
final class ScalarValues extends SafeConstructor {
  ScalarValues() {
    super(new LoaderOptions());
  }

  /** String, Integer/Long/BigInteger, Double, Boolean, null, or a Date for timestamps. */
  Object value(ScalarNode node) {
    return constructObject(node);
  }
}

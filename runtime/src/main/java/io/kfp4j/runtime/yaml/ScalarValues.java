package io.kfp4j.runtime.yaml;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML scalars into Java values with YAML 1.1 rules, exactly as PyYAML's safe loader (and so KFP) reads them.
 * A string is its text; SnakeYAML's safe constructor, which reads the rest, is made on the first other scalar (it
 * starts java.util.logging, which costs a command's start-up more than reading a component).
 */
final class ScalarValues {
  private Constructor constructor;

  /** String, Integer/Long/BigInteger, Double, Boolean, null, or a Date for timestamps. */
  Object value(ScalarNode node) {
    if (Tag.STR.equals(node.getTag())) {
      return node.getValue(); // what the safe constructor makes of a string
    }
    if (constructor == null) {
      constructor = new Constructor();
    }
    return constructor.value(node);
  }

  private static final class Constructor extends SafeConstructor {
    Constructor() {
      super(new LoaderOptions());
    }

    Object value(ScalarNode node) {
      return constructObject(node);
    }
  }
}

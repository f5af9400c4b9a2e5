package io.kfp4j.runtime.spec;

import java.util.Map;

/**
 * A KFP type: a name such as {@code String} or {@code CSV}, or a one-key map that adds properties to a name,
 * such as {@code {GCSPath: {data_type: CSV}}}. Types compare by name and properties, never by alias.
 */
public sealed interface TypeSpec {

  /** The type's name: the string itself, or the single key of the map. */
  String name();

  /** A plain type name. @param name the name */
  record Named(String name) implements TypeSpec {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A type name with properties.
   *
   * @param name the single key of the map
   * @param properties its value, a YAML tree (may be empty when the file gives {@code null})
   */
  record Parameterized(String name, Map<String, Object> properties) implements TypeSpec {
    public Parameterized {
      properties = Frozen.treeMap(properties);
    }
  }
}

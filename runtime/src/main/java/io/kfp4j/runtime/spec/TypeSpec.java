package io.kfp4j.runtime.spec;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A KFP type: a name such as {@code String} or {@code CSV}, a one-key map that adds properties to a name,
 * such as {@code {GCSPath: {data_type: CSV}}}, or a list of types ({@code [CSV, TSV]}). Types compare by name and
 * properties, never by alias.
 */
public sealed interface TypeSpec {

  /** The type's name: the string itself, the single key of the map, or a list's items as {@code [CSV, TSV]}. */
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

  /**
   * Types given as a list ({@code type: [CSV, TSV]}): KFP 1.8.22's loader accepts it and keeps it as written, and
   * checks no argument against it, so an input or output of such a type is untyped for wiring and for Java
   * ({@link InputSpec#typeName()} and {@link OutputSpec#typeName()} are empty) and written back as the list.
   *
   * @param members the list's items, in order
   */
  record Union(List<TypeSpec> members) implements TypeSpec {
    public Union {
      members = List.copyOf(members);
    }

    @Override
    public String name() {
      return members.stream().map(TypeSpec::name).collect(Collectors.joining(", ", "[", "]"));
    }
  }
}

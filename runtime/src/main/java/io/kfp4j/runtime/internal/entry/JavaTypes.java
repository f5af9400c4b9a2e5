package io.kfp4j.runtime.internal.entry;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Generic Java types as values, for the JSON inputs and outputs of generated code: {@code
 * JavaTypes.parameterized(List.class, Double.class)} instead of an anonymous {@code TypeReference} subclass, which
 * costs javac a class a port.
 */
public final class JavaTypes {
  private JavaTypes() {}

  /**
   * {@code raw<arguments>}, e.g. {@code List<Double>}; an argument may itself be parameterized.
   *
   * @throws IllegalArgumentException when the number of arguments is not the raw type's
   */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException(raw.getName() + " takes " + raw.getTypeParameters().length
          + " type arguments, not " + arguments.length);
    }
    return new Parameterized(raw, arguments.clone());
  }

  /** A parameterized type; equal to the JDK's own of the same type, as {@link ParameterizedType} asks. */
  private record Parameterized(Class<?> raw, Type[] arguments) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType p && raw.equals(p.getRawType())
          && Objects.equals(getOwnerType(), p.getOwnerType())
          && Arrays.equals(arguments, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName)
          .collect(Collectors.joining(", ", "<", ">"));
    }
  }
}

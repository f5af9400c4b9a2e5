package io.kfp4j.processor;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;

/**
 * The Java type of a JSON port as an expression of generated code: {@code Summary.class}, {@code
 * JavaTypes.parameterized(List.class, Double.class)}; or, for a type those cannot spell (wildcards), an anonymous
 * {@code TypeReference} subclass, which costs javac a class.
 */
final class JavaTypeValues {
  private JavaTypeValues() {}

  /** The expression of a {@code java.lang.reflect.Type}, or of a {@code TypeReference} when it must be one. */
  static CodeBlock of(TypeName type) {
    CodeBlock value = typeValue(type);
    return value != null ? value
        : CodeBlock.of("new $T<$T>() {}", GeneratedCodeTypes.TYPE_REFERENCE, type.box());
  }

  /** Whether {@link #of} gives a {@code java.lang.reflect.Type} rather than a {@code TypeReference}. */
  static boolean isValue(TypeName type) {
    return typeValue(type) != null;
  }

  private static CodeBlock typeValue(TypeName type) {
    if (type instanceof ClassName || type.isPrimitive()
        || type instanceof ArrayTypeName array && isPlain(array.componentType())) {
      return CodeBlock.of("$T.class", type);
    }
    if (type instanceof ParameterizedTypeName parameterized) {
      CodeBlock.Builder value = CodeBlock.builder()
          .add("$T.parameterized($T.class", GeneratedCodeTypes.JAVA_TYPES, parameterized.rawType());
      for (TypeName argument : parameterized.typeArguments()) {
        CodeBlock argumentValue = typeValue(argument);
        if (argumentValue == null) {
          return null;
        }
        value.add(", $L", argumentValue);
      }
      return value.add(")").build();
    }
    return null;
  }

  private static boolean isPlain(TypeName type) {
    return type instanceof ClassName || type.isPrimitive()
        || type instanceof ArrayTypeName array && isPlain(array.componentType());
  }
}

package io.kfp4j.processor;

import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;

/**
 * How one Java type travels through KFP: its KFP type name, how its text converts, and the Java types the
 * generated code uses.
 *
 * @param kind the conversion family
 * @param kfpType the KFP type name, or {@code null} for an untyped file
 * @param javaType the type the method declares (without {@code Optional})
 * @param sourceType the type argument of {@code Source<T>} and {@code Output<T>} (boxed; {@code Artifact} for files;
 *     {@code ?} for an input that takes any source)
 */
record IoType(Kind kind, String kfpType, TypeName javaType, TypeName sourceType) {

  /** Conversion families. */
  enum Kind { STRING, INT, LONG, DOUBLE, FLOAT, BOOLEAN, JSON, PATH }

  boolean isFile() {
    return kind == Kind.PATH;
  }

  /** The type argument of an output's {@code Output<T>}: the source type, or the Java type where that is {@code ?}. */
  TypeName outputType() {
    return sourceType instanceof WildcardTypeName ? javaType : sourceType;
  }
}

package io.kfp4j.sdk.v2;

import java.util.Objects;

/** The KFP v2 kind of an input or output: a parameter of a {@code ParameterType}, or an artifact of a schema. */
sealed interface IoType {

  /** A parameter. @param parameterType {@code STRING}, {@code NUMBER_INTEGER}, ... */
  record Parameter(String parameterType) implements IoType {
    public Parameter {
      Objects.requireNonNull(parameterType, "parameterType");
    }
  }

  /** An artifact. @param schemaTitle {@code system.Dataset}, ... @param schemaVersion {@code 0.0.1} */
  record Artifact(String schemaTitle, String schemaVersion) implements IoType {}

  /** The artifact's schema title, or {@code other} for a parameter. */
  default String schemaTitleOr(String other) {
    return this instanceof Artifact a ? a.schemaTitle() : other;
  }

  /** A parameter of type STRING. */
  Parameter STRING = new Parameter("STRING");
}

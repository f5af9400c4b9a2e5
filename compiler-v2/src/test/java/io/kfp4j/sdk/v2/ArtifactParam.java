package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.TypedText;

/** A pipeline parameter of KFP type {@code Artifact}, as a generated marker type declares it. @param text its text */
public record ArtifactParam(String text) implements TypedText {
  /** The KFP type, read by the dsl. */
  public static final String KFP_TYPE = "Artifact";

  @Override
  public String kfpType() {
    return KFP_TYPE;
  }
}

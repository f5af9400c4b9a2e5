package io.kfp4j.sdk;

/**
 * A value of a KFP type that has no Java counterpart ({@code CSV}, {@code GCSPath}, {@code Model}, ...): its text,
 * passed to the component as it is (for a file input, the file's content). The marker types that typed stubs of
 * shared components use ({@code io.kfp4j.types.CSV}) implement it, so that {@code CSV.of("a,b")} is a constant
 * only a {@code CSV} input takes.
 */
public interface TypedText {
  /** The text passed to the component. */
  String text();

  /** The KFP type name this value has. */
  String kfpType();
}

package io.kfp4j.sdk.ir;

/**
 * A parameter of the pipeline, given when it runs.
 *
 * @param name the name (KFP-sanitized, case and underscores kept)
 * @param kfpType the KFP type, or {@code null} when untyped
 * @param defaultText the default as KFP text, or {@code null} when it must be given
 */
public record PipelineParameter(String name, String kfpType, String defaultText) {}

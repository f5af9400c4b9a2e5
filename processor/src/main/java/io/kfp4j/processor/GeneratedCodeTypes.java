package io.kfp4j.processor;

import com.palantir.javapoet.ClassName;

/**
 * The kfp4j types that generated code uses, named once: the pipeline DSL's ({@code io.kfp4j.sdk}, in kfp4j-dsl), the
 * IR's, the run results' ({@code io.kfp4j.sdk.result}) and the runtime's entry support
 * ({@code io.kfp4j.runtime.internal.entry}, which only generated code calls).
 */
final class GeneratedCodeTypes {
  private static final String DSL = "io.kfp4j.sdk";
  private static final String IR = "io.kfp4j.sdk.ir";
  private static final String RESULT = "io.kfp4j.sdk.result";
  private static final String ENTRY = "io.kfp4j.runtime.internal.entry";

  static final ClassName SOURCE = ClassName.get(DSL, "Source");
  static final ClassName OUTPUT = ClassName.get(DSL, "Output");
  static final ClassName TASK = ClassName.get(DSL, "Task");
  static final ClassName PARAM = ClassName.get(DSL, "Param");
  static final ClassName VALUE = ClassName.get(DSL, "Value");
  static final ClassName TYPED_TEXT = ClassName.get(DSL, "TypedText");
  static final ClassName ARTIFACT = ClassName.get(DSL, "Artifact");
  static final ClassName PIPELINES = ClassName.get(DSL, "Pipelines");
  static final ClassName COMPONENT_DEFINITION = ClassName.get(DSL, "ComponentDefinition");
  static final ClassName PIPELINE_GRAPH = ClassName.get(IR, "PipelineGraph");
  static final ClassName RUN_OUTPUTS = ClassName.get(RESULT, "RunOutputs");
  static final ClassName TASK_OUTPUTS = ClassName.get(RESULT, "TaskOutputs");

  static final ClassName COMPONENT_ENTRY = ClassName.get(ENTRY, "ComponentEntry");
  static final ClassName COMPONENT_ENTRIES = ClassName.get(ENTRY, "ComponentEntries");
  static final ClassName JAVA_TYPES = ClassName.get(ENTRY, "JavaTypes");
  static final ClassName FLAG = ClassName.get(ENTRY, "Flag");
  static final ClassName VALUES = ClassName.get(ENTRY, "Values");
  static final ClassName PARSED_ARGUMENTS = ClassName.get(ENTRY, "ParsedArguments");
  static final ClassName OUTPUT_STAGING = ClassName.get(ENTRY, "OutputStaging");

  /** What a method reports to KFP's UI ({@code io.kfp4j.runtime.metrics}). */
  static final ClassName METRICS = ClassName.get("io.kfp4j.runtime.metrics", "Metrics");
  static final ClassName UI_METADATA = ClassName.get("io.kfp4j.runtime.metrics", "UiMetadata");

  /** Jackson's type token, for generic JSON values. */
  static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  /** The annotation that gives a record or class its KFP type name. */
  static final String TYPE_NAME_ANNOTATION = "io.kfp4j.annotations.TypeName";

  private GeneratedCodeTypes() {}
}

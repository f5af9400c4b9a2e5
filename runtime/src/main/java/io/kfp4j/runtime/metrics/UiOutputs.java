package io.kfp4j.runtime.metrics;

import java.util.Locale;
import java.util.Optional;

/**
 * The outputs KFP 1.8.22 reads as a task's metrics and UI metadata ({@code _is_legacy_output_name}): an output whose
 * name, lower-cased with every character but a letter or digit made a dash, is {@code mlpipeline-metrics} or
 * {@code mlpipeline-ui-metadata}. {@code mlpipeline_metrics} and {@code MLPipeline Metrics} count; KFP passes such an
 * output as the artifact of exactly that name, never to other tasks.
 */
public final class UiOutputs {
  /** The artifact of a task's metrics. */
  public static final String METRICS_ARTIFACT = "mlpipeline-metrics";
  /** The artifact of a task's UI metadata. */
  public static final String UI_METADATA_ARTIFACT = "mlpipeline-ui-metadata";
  /** The output name a {@link Metrics} parameter gets, as KFP's {@code mlpipeline_metrics_path: OutputPath}. */
  public static final String METRICS_OUTPUT = "mlpipeline_metrics";
  /** The output name a {@link UiMetadata} parameter gets, as KFP's {@code mlpipeline_ui_metadata_path}. */
  public static final String UI_METADATA_OUTPUT = "mlpipeline_ui_metadata";
  /** The KFP type of a metrics output, as KFP's lightweight components write it. */
  public static final String METRICS_TYPE = "Metrics";
  /** The KFP type of a UI metadata output, as KFP's lightweight components write it. */
  public static final String UI_METADATA_TYPE = "UI_metadata";

  private UiOutputs() {}

  /** The artifact KFP makes of an output of this name ({@code mlpipeline-metrics}), or empty for other outputs. */
  public static Optional<String> artifactOf(String outputName) {
    String normalized = outputName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-");
    return normalized.equals(METRICS_ARTIFACT) || normalized.equals(UI_METADATA_ARTIFACT)
        ? Optional.of(normalized) : Optional.empty();
  }
}

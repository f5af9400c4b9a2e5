/**
 * API. What a {@code @Component} method reports to KFP's UI, typed: {@link io.kfp4j.runtime.metrics.Metrics} (KFP's
 * {@code mlpipeline-metrics}: numbers shown in the run list and compared across runs) and
 * {@link io.kfp4j.runtime.metrics.UiMetadata} (KFP's {@code mlpipeline-ui-metadata}: markdown, tables, confusion
 * matrices, ROC curves, web apps and Tensorboard links, drawn on the task's page). A method takes either as an
 * {@code @OutputPath} parameter and fills it; the generated entry writes KFP's JSON when the method returns, to the
 * output KFP's UI reads ({@link io.kfp4j.runtime.metrics.UiOutputs}).
 *
 * <pre>{@code
 * @Component
 * public static double train(double rate, @OutputPath Metrics metrics, @OutputPath UiMetadata ui) {
 *   double accuracy = ...;
 *   metrics.percentage("accuracy", accuracy);
 *   ui.markdown("# Trained at rate " + rate);
 *   return accuracy;
 * }
 * }</pre>
 */
package io.kfp4j.runtime.metrics;

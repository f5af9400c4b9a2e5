/**
 * Not API: kfp4j's own; may change in any release.
 *
 * What KFP 1.8's UI draws for a task's outputs, built as jsoup DOM so that every value from a file is escaped by
 * construction: the visualizations of an {@code mlpipeline-ui-metadata} file (markdown, table, confusion matrix,
 * ROC curve, static HTML, TensorBoard), the {@code mlpipeline-metrics} table, and previews of CSV and text files.
 *
 * <p>{@link io.kfp4j.ui.internal.viz.Visualizations} is the entry point; a {@link io.kfp4j.ui.internal.viz.SourceReader} supplies
 * the files that entries name. Bad input never throws and is never dropped silently: it shows as a
 * {@code <div class="viz-error">} naming the entry, the field and the fix, and the other entries still draw.
 * Work is capped on large inputs (1000 table rows, 500 ROC points, 100 confusion matrix labels, 400,000
 * markdown characters), with a note saying what was left out.
 */
package io.kfp4j.ui.internal.viz;

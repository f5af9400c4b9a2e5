/**
 * API.
 *
 * {@code kfp4j ui}: a local web UI over the embedded engine's run store, served on 127.0.0.1: experiments, runs,
 * each run's graph and its tasks' inputs, outputs, logs and visualizations, lineage of output files, and a run
 * page exported as one self-contained HTML file.
 */
package io.kfp4j.ui;

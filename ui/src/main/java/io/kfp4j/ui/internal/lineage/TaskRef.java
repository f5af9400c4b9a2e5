package io.kfp4j.ui.internal.lineage;

/**
 * A task of a run, and optionally one of its inputs or outputs.
 *
 * @param run the run's id
 * @param task the task's id in the run ({@code add}, {@code print[2]})
 * @param port the input or output name, or {@code null}
 */
public record TaskRef(String run, String task, String port) {}

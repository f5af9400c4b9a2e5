package io.kfp4j.ui.internal.viz;

/**
 * One thing wrong with an input, shown to the user as a {@code viz-error} block.
 *
 * @param field the field at fault, e.g. {@code source} or {@code schema}; {@code "file"} for the whole input
 * @param message what was found, what is expected and how to fix it
 */
record Problem(String field, String message) {}

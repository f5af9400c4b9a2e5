/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The UI's pages, built as jsoup documents so that every value from the store is escaped by construction:
 * experiments, runs, one run with its graph and task panels, two runs compared, and lineage of a file.
 */
package io.kfp4j.ui.internal.page;

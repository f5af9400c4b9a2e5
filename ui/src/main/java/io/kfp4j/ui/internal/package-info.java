/**
 * Not API. Packages under {@code io.kfp4j.ui.internal} hold the UI's pages, graph layout, visualizations, store
 * views and lineage, which only {@link io.kfp4j.ui.UiServer} and {@link io.kfp4j.ui.RunReport} serve; they may change
 * in any release.
 */
package io.kfp4j.ui.internal;

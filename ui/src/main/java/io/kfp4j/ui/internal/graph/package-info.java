/**
 * Not API: kfp4j's own; may change in any release. A run's pipeline drawn as a graph: layered layout of its tasks and
 * groups, and the SVG of it.
 */
package io.kfp4j.ui.internal.graph;

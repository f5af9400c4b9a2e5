/**
 * Not API: kfp4j's own; may change in any release. Where an output came from and where it went: producing task and
 * run, consuming tasks, reuse through the cache.
 */
package io.kfp4j.ui.internal.lineage;

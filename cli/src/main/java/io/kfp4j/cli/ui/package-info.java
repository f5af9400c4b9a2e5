/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j ui}: the local web UI over the run store.
 */
package io.kfp4j.cli.ui;

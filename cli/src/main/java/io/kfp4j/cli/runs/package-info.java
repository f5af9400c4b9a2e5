/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j runs}: the runs the embedded engine recorded, listed
 * and shown.
 */
package io.kfp4j.cli.runs;

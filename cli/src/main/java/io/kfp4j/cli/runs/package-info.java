/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j runs}: the runs the embedded engine recorded, listed
 * and shown; or a KFP server's, through API v1beta1 or v2beta1.
 */
package io.kfp4j.cli.runs;

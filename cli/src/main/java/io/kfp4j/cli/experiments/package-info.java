/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j experiments}: the experiments of a KFP server,
 * created, listed, shown and deleted.
 */
package io.kfp4j.cli.experiments;

/**
 * Not API: kfp4j's own; may change in any release. {@code kfp4j experiments}: the experiments of a KFP server,
 * created, listed, shown and deleted through API v1beta1 or v2beta1.
 */
package io.kfp4j.cli.experiments;

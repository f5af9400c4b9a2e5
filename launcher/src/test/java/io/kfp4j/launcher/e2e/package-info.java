/**
 * The launcher end to end: components generated from this package's test sources run as KFP runs them (the
 * command line resolved from their {@code component.yaml}, a separate JVM, files in and out), in this JVM, with bad
 * arguments and failures, and with values written and read by KFP's own Python deserializers.
 */
package io.kfp4j.launcher.e2e;

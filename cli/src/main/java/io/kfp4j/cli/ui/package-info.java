/** {@code kfp4j ui}: the local web UI over the run store. */
package io.kfp4j.cli.ui;

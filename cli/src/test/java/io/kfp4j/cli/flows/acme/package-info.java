/** Not API: test fixtures, see {@code io.kfp4j.cli.flows}. */
package io.kfp4j.cli.flows.acme;

/**
 * The embedded engine's tests, each running pipelines of Java, shell and Python components in process, as
 * subprocesses with the launcher, or in Docker: data passing, conditions, loops, exit handlers, caching, retries,
 * timeouts, cancelling, a killed engine, class data sharing, and typed results with their mistakes.
 */
package io.kfp4j.sdk.local.runs;

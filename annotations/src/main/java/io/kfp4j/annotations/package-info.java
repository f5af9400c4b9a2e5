/**
 * Annotations that mark component methods, their inputs and outputs, and pipelines. Filled in by the processor issue.
 */
package io.kfp4j.annotations;

/** Pipelines compiled to workflow files. */
package io.kfp4j.tooling.compile;

/**
 * Not API: kfp4j's own; may change in any release. Pipelines compiled to workflow files.
 */
package io.kfp4j.tooling.compile;

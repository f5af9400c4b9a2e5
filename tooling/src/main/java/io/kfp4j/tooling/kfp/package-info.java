/**
 * Not API: kfp4j's own; may change in any release. Pipelines sent to a KFP v1 server: compiled packages and submitted
 * runs.
 */
package io.kfp4j.tooling.kfp;

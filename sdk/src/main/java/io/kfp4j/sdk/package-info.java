/**
 * The pipeline DSL, its one IR, the Argo compiler, the local engine and the KFP REST client. Filled in by the pipeline issues.
 */
package io.kfp4j.sdk;

/**
 * Not API: kfp4j's own; may change in any release. Pipelines sent to a KFP server: compiled packages and
 * submitted runs, through API v1beta1 (Argo workflows) or v2beta1 (KFP v2's pipeline spec), chosen by
 * {@link io.kfp4j.tooling.kfp.ServerChoice}.
 */
package io.kfp4j.tooling.kfp;

/**
 * API.
 *
 * The client of a Kubeflow Pipelines 2.x server through its REST API v2beta1, speaking as {@code kfp.Client} 2.x
 * does: {@link io.kfp4j.sdk.client.v2.KfpV2Client} (experiments, pipelines and versions uploaded as KFP v2's pipeline
 * spec, runs with a {@code runtime_config}, recurring runs, waiting), configured by the same
 * {@link io.kfp4j.sdk.client.KfpConfig} as the v1beta1 client and failing with the same
 * {@link io.kfp4j.sdk.client.KfpApiException}. Compiled pipelines come in as
 * {@link io.kfp4j.sdk.client.v2.PipelineSpecPackage}; request and response bodies are records named after the
 * Swagger definitions ({@code v2beta1Run} is {@link io.kfp4j.sdk.client.v2.Run}). Which API a server speaks is
 * found by {@link io.kfp4j.sdk.client.ApiVersions}.
 */
package io.kfp4j.sdk.client.v2;

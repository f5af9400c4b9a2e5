/**
 * API.
 *
 * What joins the compilers to the clients, for code that depends on kfp4j-sdk: pipelines compiled into the packages
 * {@link io.kfp4j.sdk.client.KfpClient} submits ({@link io.kfp4j.sdk.submit.ArgoPackage}) and those
 * {@link io.kfp4j.sdk.client.v2.KfpV2Client} submits ({@link io.kfp4j.sdk.submit.SpecPackage}).
 */
package io.kfp4j.sdk.submit;

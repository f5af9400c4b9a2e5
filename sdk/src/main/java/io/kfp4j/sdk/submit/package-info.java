/**
 * API.
 *
 * What joins the compilers to the client, for code that depends on kfp4j-sdk: pipelines compiled into the packages
 * {@link io.kfp4j.sdk.client.KfpClient} submits.
 */
package io.kfp4j.sdk.submit;

/**
 * API.
 *
 * The client of a Kubeflow Pipelines server (REST API v1beta1), speaking exactly as {@code kfp.Client} 1.8.22 does:
 * {@link io.kfp4j.sdk.client.KfpClient} (experiments, pipeline uploads, runs, waiting), configured by an immutable
 * {@link io.kfp4j.sdk.client.KfpConfig} (host, bearer token or token file, cookies, namespace, CA certificate,
 * proxy, timeouts, retries). Request and response bodies are records named after the Swagger definitions
 * ({@code apiRun} is {@link io.kfp4j.sdk.client.Run}) that read and write the API's snake_case JSON. Built on the
 * JDK's {@code java.net.http} and Jackson only; failures are {@link io.kfp4j.sdk.client.KfpApiException}, whose
 * messages never hold the token or the cookies. The v2beta1 client of KFP 2.x servers is in
 * {@link io.kfp4j.sdk.client.v2}; {@link io.kfp4j.sdk.client.ApiVersions} finds which API a server answers.
 */
package io.kfp4j.sdk.client;

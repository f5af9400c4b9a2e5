/**
 * Not API: kfp4j's own; may change in any release. What the v1beta1 and v2beta1 clients share: the HTTP exchange
 * (JSON, bearer token and cookies, retries, redacted errors), query strings as kfp writes them, multipart uploads,
 * trusted CA certificates.
 */
package io.kfp4j.sdk.client.internal;

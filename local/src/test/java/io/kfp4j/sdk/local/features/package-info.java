/**
 * Components that show every way a value can travel: files in and out, several outputs through a record,
 * optional inputs with and without defaults, and JSON types.
 */
package io.kfp4j.sdk.local.features;

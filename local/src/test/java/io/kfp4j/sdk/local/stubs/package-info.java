/**
 * A shared Python component as a typed stub beside a Java one: the seed's {@code add.yaml} becomes
 * {@code io.kfp4j.sdk.local.stubs.AddOp} at test-compile time ({@code -Akfp4j.stubs} in this module's pom).
 */
package io.kfp4j.sdk.local.stubs;

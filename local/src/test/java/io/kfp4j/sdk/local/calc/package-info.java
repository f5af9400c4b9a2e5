/**
 * The seed's {@code add} component and addition pipeline, copied from the examples ({@code io.kfp4j.examples.calc}) so
 * that the engine's tests run them without depending on the examples.
 */
package io.kfp4j.sdk.local.calc;

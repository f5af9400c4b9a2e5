/**
 * API. What every kfp4j module shares: {@link io.kfp4j.runtime.Kfp4jException}, the one base of the library's
 * exceptions, with a kind and named facts that front ends word their own fixes from.
 */
package io.kfp4j.runtime;

/** The seed's examples written with kfp4j: components in {@code calc} and {@code features}. */
package io.kfp4j.examples;

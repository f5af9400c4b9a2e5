/**
 * The seed's examples written with kfp4j.
 */
package io.kfp4j.examples;

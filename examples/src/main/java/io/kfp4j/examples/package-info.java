/**
 * Examples written with kfp4j: the seed's addition pipeline ({@code calc}), a machine learning pipeline a team would
 * start from ({@code ml}), and KFP's own samples ported to Java ({@code samples}).
 */
package io.kfp4j.examples;

/**
 * KFP's own samples ({@code samples/core} of Kubeflow Pipelines 1.8.22), ported to kfp4j: one class per sample, named
 * after it, holding its components and its pipeline. Their pipelines keep KFP's names, so that a run here and a run
 * of the Python sample on a cluster can be told apart only by the language.
 */
package io.kfp4j.examples.samples;

/**
 * The seed's {@code add} component and addition pipeline, copied from the examples ({@code io.kfp4j.examples.calc}):
 * the user's project that the image end-to-end test ({@code io.kfp4j.images.e2e}) builds an image of and runs. Not
 * in a package of kfp4j's: an image leaves out the build-time modules' packages when they come as class folders, as
 * in a reactor build (see {@code AppLayers}), which would take this module's test classes with them.
 */
package com.example.calc;

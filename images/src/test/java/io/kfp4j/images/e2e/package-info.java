/**
 * Images end to end, with the Docker daemon and a registry on this machine: an image of the test sources' addition
 * pipeline ({@code com.example.calc}) built with jib, pushed, pulled by digest, and run by the local engine's Docker
 * runner.
 */
package io.kfp4j.images.e2e;

/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The picocli model of kfp4j's commands, built without reflecting over annotations (start-up): picocli's own way
 * reads each annotation through a dynamic proxy class per annotation type, which a class data archive cannot hold
 * and which cost every call tens of milliseconds. {@link io.kfp4j.cli.spec.CommandSpecs} reads the same picocli
 * annotations from the commands' class files ({@link io.kfp4j.cli.spec.ClassAnnotations}, with ASM) and builds
 * the model with picocli's programmatic API, so the annotations stay the one description of each command. It
 * builds only the subcommands the arguments name.
 */
package io.kfp4j.cli.spec;

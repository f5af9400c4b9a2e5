/**
 * Not API: kfp4j's own; may change in any release.
 *
 * Test doubles given to a front end ({@code kfp4j run --double}, {@code kfp4j:run -Dkfp4j.doubles}) instead of in
 * Java: fixed outputs for a task or a component, as text ({@link io.kfp4j.tooling.doubles.DoubleText}) or a YAML or
 * JSON file ({@link io.kfp4j.tooling.doubles.DoublesFile}), checked against the pipeline before it runs ({@link
 * io.kfp4j.tooling.doubles.GivenDoubles#check}) and handed to the embedded engine as {@code TaskDouble}s.
 */
package io.kfp4j.tooling.doubles;

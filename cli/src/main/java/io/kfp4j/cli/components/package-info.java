/**
 * Not API: kfp4j's own; may change in any release.
 *
 * {@code kfp4j components}: commands on KFP v1 component specs ({@code component.yaml}) given as files or URLs.
 */
package io.kfp4j.cli.components;

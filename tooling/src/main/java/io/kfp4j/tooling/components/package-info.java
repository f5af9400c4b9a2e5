/**
 * Not API: kfp4j's own; may change in any release. Component specs checked as {@code kfp4j components validate} and
 * the Maven plugin's validate goal check them.
 */
package io.kfp4j.tooling.components;

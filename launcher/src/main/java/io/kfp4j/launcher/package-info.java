/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The in-container main: {@code java -cp ... io.kfp4j.launcher.Launcher <component> --<input> <value> ...
 * --out-<output> <path> ...}. It finds the component's generated entry through a one-line index resource,
 * parses the flags the entry declares, and runs it. No classpath scanning, no reflection over user methods.
 */
package io.kfp4j.launcher;

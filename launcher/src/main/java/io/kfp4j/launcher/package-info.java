/**
 * Not API: kfp4j's own; may change in any release.
 *
 * The in-container main: {@code java -cp ... io.kfp4j.launcher.Launcher com.example.Calc#add --<input> <value> ...
 * --out-<output> <path> ...}. It loads the entries generated for the method's class ({@code CalcOps$Entries}),
 * parses the flags the method's entry declares, and runs it. No classpath scanning, no index files, no reflection
 * over user methods.
 */
package io.kfp4j.launcher;

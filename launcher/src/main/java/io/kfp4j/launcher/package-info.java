/**
 * The in-container main that parses arguments with generated code and moves inputs and outputs through files. Filled in by the processor issue.
 */
package io.kfp4j.launcher;

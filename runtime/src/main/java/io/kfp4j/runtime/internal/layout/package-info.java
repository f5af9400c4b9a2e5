/**
 * Not API: kfp4j's own; may change in any release. The resources kfp4j-processor writes into a project's class
 * output, and their names.
 */
package io.kfp4j.runtime.internal.layout;

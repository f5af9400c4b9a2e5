/**
 * Not API: kfp4j's own; may change in any release. Running a project's pipeline on the embedded engine, printed as
 * every front end prints it.
 */
package io.kfp4j.tooling.local;

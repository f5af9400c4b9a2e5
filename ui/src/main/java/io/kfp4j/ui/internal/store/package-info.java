/**
 * Not API: kfp4j's own; may change in any release. The run store as the UI reads it: runs with their graphs and task
 * states, and files confined to the store.
 */
package io.kfp4j.ui.internal.store;

/**
 * API.
 *
 * The embedded engine: runs a {@link io.kfp4j.sdk.ir.PipelineGraph} on this machine with no cluster, as
 * {@link io.kfp4j.sdk.local.LocalRunner}. Tasks run in-process (kfp4j components, through their generated
 * entry), as subprocesses (any component's command line, resolved with local paths) or in Docker; conditions,
 * loops, the exit handler, retries, timeouts and caching behave as on Argo. Volume claims and snapshots are folders
 * of the run; other Kubernetes resource tasks are refused before a run starts unless a test double stands in. Every run is recorded under a root
 * folder ({@code .kfp4j/} by default), its {@code run.json} rewritten atomically after every change.
 */
package io.kfp4j.sdk.local;

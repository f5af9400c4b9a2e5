package io.kfp4j.sdk.v2;

import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.PipelineSettings;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.EnvVar;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.TaskSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What KFP v2's pipeline spec cannot express, refused before anything is written: each refusal names the pipeline,
 * the task and the setting, and the fix. The Kubernetes settings are not refused here: {@link KubernetesPlatform} writes them to the
 * {@code platforms.kubernetes} document, and refuses those it cannot.
 */
final class Refusals {
  private static final String ARGO = "compile for the Argo target (KFP v1)";
  private static final Pattern PIPELINE_NAME = Pattern.compile("^[a-z0-9][a-z0-9-]{0,127}$");

  private Refusals() {}

  /** Checks the pipeline's name and settings. */
  static void checkPipeline(PipelineGraph graph) {
    String name = graph.name();
    if (!PIPELINE_NAME.matcher(name).matches()) {
      throw new V2CompileException("pipeline \"" + name + "\": KFP v2 takes a pipeline name of lower-case letters,"
          + " digits and dashes, starting with a letter or digit, at most 128 characters; name it \""
          + io.kfp4j.runtime.spec.KfpNames.k8sName(name) + "\"");
    }
    PipelineSettings s = graph.settings();
    List<String> argoOnly = new ArrayList<>();
    if (s.ttlSecondsAfterFinished() != null) {
      argoOnly.add("ttl (the workflow's ttlStrategy)");
    }
    if (s.parallelism() != null) {
      argoOnly.add("parallelism (the workflow's pod parallelism)");
    }
    if (s.timeoutSeconds() != null) {
      argoOnly.add("timeout (the workflow's activeDeadlineSeconds)");
    }
    if (s.dnsConfig() != null) {
      argoOnly.add("dnsConfig");
    }
    if (s.dataPassingVolume() != null) {
      argoOnly.add("dataPassingVolume (KFP v2 passes files as artifacts)");
    }
    if (!argoOnly.isEmpty()) {
      throw new V2CompileException("pipeline \"" + name + "\": the pipeline setting" + (argoOnly.size() > 1 ? "s " : " ")
          + String.join(", ", argoOnly)
          + (argoOnly.size() > 1 ? " are Argo-only and have" : " is Argo-only and has") + " no KFP v2"
          + " equivalent; remove " + (argoOnly.size() > 1 ? "them" : "it") + ", or " + ARGO);
    }
  }

  /** Checks one task: what it is and each setting that neither the spec nor the Kubernetes document expresses. */
  static void checkTask(PipelineGraph graph, TaskNode task) {
    String where = where(graph, task);
    if (task.resource() != null) {
      throw new V2CompileException(where + " is a Kubernetes resource task (ResourceOp, VolumeOp or"
          + " VolumeSnapshotOp), which KFP v2 cannot run; " + ARGO + " (or create the volume with KFP's kubernetes"
          + " extension outside kfp4j)");
    }
    if (task.importer() != null) {
      checkImporter(where, task.settings());
      return;
    }
    if (task.component().spec().container().isEmpty()) {
      throw new V2CompileException(where + " runs a component without a container implementation (a graph"
          + " component loaded from YAML), which this compiler does not flatten for KFP v2; " + ARGO);
    }
    var container = task.component().spec().container().get();
    if (!container.fileOutputs().isEmpty()) {
      throw new V2CompileException(where + ": its component writes outputs at fixed paths (fileOutputs "
          + container.fileOutputs().keySet() + "), which KFP v2 has no place for; write them to {outputPath: …}"
          + " instead, or " + ARGO);
    }
    if (task.rawContainer() != null) {
      var raw = task.rawContainer();
      if (raw.image() != null) {
        throw new V2CompileException(where + ": its image is given when the pipeline runs, which this compiler does"
            + " not write for KFP v2; give a fixed image, or " + ARGO);
      }
      if (!raw.inputPaths().isEmpty()) {
        throw new V2CompileException(where + ": reads inputs " + raw.inputPaths().keySet() + " at fixed paths"
            + " (InputArgumentPath), which KFP v2 cannot place; pass them with {inputPath: …}, or " + ARGO);
      }
      if (!raw.outputArtifacts().isEmpty()) {
        throw new V2CompileException(where + ": keeps files " + raw.outputArtifacts().keySet() + " as artifacts"
            + " (output_artifact_paths), which KFP v2 does not collect; declare them as outputs, or " + ARGO);
      }
    }
    TaskSettings s = task.settings();
    if (s.maxCacheStaleness() != null && !TaskSpecs.neverReused(s)) {
      throw new V2CompileException(where + ": the setting maxCacheStaleness (" + s.maxCacheStaleness() + ") has no"
          + " KFP v2 equivalent; use caching(false) to run it every time, or " + ARGO);
    }
    if (s.retry() != null && s.retry().policy() != null) {
      throw new V2CompileException(where + ": the retry policy " + s.retry().policy() + " has no KFP v2 equivalent"
          + " (KFP v2 retries on any failure); retry without a policy, or " + ARGO);
    }
    if (!s.sidecars().isEmpty()) {
      throw new V2CompileException(where + ": the setting sidecars (" + s.sidecars().get(0).name() + ") has no KFP v2"
          + " equivalent; remove it, or " + ARGO);
    }
    if (!s.initContainers().isEmpty()) {
      throw new V2CompileException(where + ": the setting initContainers (" + s.initContainers().get(0).name()
          + ") has no KFP v2 equivalent; remove it, or " + ARGO);
    }
    for (EnvVar var : s.env()) {
      if (var instanceof EnvVar.Given given && !(given.value() instanceof SettingValue.Constant)) {
        throw new V2CompileException(where + ": environment variable " + given.name() + " takes a value given when"
            + " the pipeline runs, which KFP v2 cannot put in a container's environment; pass the value as an"
            + " input instead, or " + ARGO);
      }
    }
  }

  /** An importer runs no container of its own: only its display name and caching apply. */
  private static void checkImporter(String where, TaskSettings s) {
    TaskSettings kept = TaskSettings.DEFAULT.toBuilder().displayName(s.displayName()).caching(s.caching()).build();
    if (!kept.equals(s)) {
      throw new V2CompileException(where + " is an importer, which runs no container of its own, so only a display"
          + " name and caching apply to it; remove its other settings (resources, environment, retries, volumes,"
          + " pod labels...)");
    }
  }

  static String where(PipelineGraph graph, TaskNode task) {
    return "pipeline \"" + graph.name() + "\", task \"" + task.name() + "\"";
  }
}

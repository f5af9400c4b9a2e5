package io.kfp4j.sdk.local;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.runtime.Kfp4jException.Fact;
import io.kfp4j.runtime.Kfp4jException.Kind;
import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.ir.ResourceAction;
import io.kfp4j.sdk.ir.ResourceOperation;
import io.kfp4j.sdk.ir.TaskNode;
import io.kfp4j.sdk.task.SettingValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The resource tasks of a pipeline on the local engine, which has no Kubernetes cluster. Volumes are emulated by
 * folders of the run: creating a claim makes {@code volumes/<claim>} (restored from a snapshot, a copy of it);
 * snapshotting a claim copies its folder to {@code snapshots/<snapshot>}. Every other resource task (a
 * {@code ResourceOp} on any object, any action but create) is refused before the run starts, unless a test double
 * stands in for it.
 */
final class ClusterResources {
  private static final String PVC = "PersistentVolumeClaim";
  private static final String SNAPSHOT = "VolumeSnapshot";
  /**
   * The fact naming the outputs of a resource task the engine refuses, comma-separated, for a front end's fix
   * (with {@link Fact#OPTION} {@code double}).
   */
  static final String OUTPUTS = "outputs";

  private ClusterResources() {}

  /**
   * Refuses the run when a resource task can neither be emulated nor has a test double.
   *
   * @throws Kfp4jException ({@link Kind#INVALID_INPUT}) naming the task and why
   */
  static void checkRunnable(PipelineGraph graph, List<TaskDouble> doubles) {
    for (TaskNode node : graph.tasks().values()) {
      ResourceOperation operation = node.resource();
      if (operation == null || emulated(operation) || doubles.stream().anyMatch(d -> d.match().equals(node.name())
          || d.match().equals(node.component().spec().nameOrDefault()))) {
        continue;
      }
      String object = operation.manifest().kind().orElse("Kubernetes object");
      throw new Kfp4jException(Kind.INVALID_INPUT, "pipeline \"" + graph.name() + "\", task \"" + node.name()
          + "\": it would " + operation.action().wireName() + " a " + object + " on a Kubernetes cluster, which the"
          + " local engine does not have (it emulates only creating volume claims and snapshots, as folders)",
          "give the task a test double with its outputs (" + String.join(", ", operation.outputs().keySet())
          + "), e.g. TaskDouble.fixed(\"" + node.name() + "\", Map.of(...)), or run the pipeline on KFP",
          Kfp4jException.facts(Fact.PIPELINE, graph.name(), Fact.TASK, node.name(), Fact.OPTION, "double",
              OUTPUTS, String.join(",", operation.outputs().keySet())), null);
    }
  }

  /** Whether the engine emulates the operation with folders. */
  static boolean emulated(ResourceOperation operation) {
    if (operation.action() != ResourceAction.CREATE) {
      return false;
    }
    String kind = operation.manifest().kind().orElse("");
    if (kind.equals(PVC)) {
      Optional<Object> source = operation.manifest().at("spec", "dataSource", "kind");
      return source.isEmpty() || SNAPSHOT.equals(source.get());
    }
    return kind.equals(SNAPSHOT) && operation.manifest().at("spec", "source", "kind").map(PVC::equals).orElse(false);
  }

  /**
   * Creates the claim or snapshot as a folder of the run.
   *
   * @param runDir the run's folder, whose name is the run's id
   * @return output name to text, and what was done, for the log
   */
  static Emulated create(ResourceOperation operation, SettingValues settings, Path runDir) {
    Manifest manifest = operation.manifest();
    String name = text(manifest.at("metadata", "name").orElse(""), settings, runDir);
    try {
      if (manifest.kind().orElse("").equals(PVC)) {
        String size = text(manifest.at("spec", "resources", "requests", "storage").orElse(""), settings, runDir);
        Path folder = runDir.resolve("volumes").resolve(name);
        Optional<Object> snapshot = manifest.at("spec", "dataSource", "name");
        String done = "volume " + name + " is the folder " + folder;
        if (snapshot.isPresent()) {
          Path from = runDir.resolve("snapshots").resolve(text(snapshot.get(), settings, runDir));
          copy(from, folder);
          done += ", a copy of snapshot " + from.getFileName();
        } else {
          Files.createDirectories(folder);
        }
        remember(runDir, name, size);
        return new Emulated(outputs(manifest, name, size, settings, runDir), done);
      }
      String claim = text(manifest.at("spec", "source", "name").orElse(""), settings, runDir);
      Path folder = runDir.resolve("snapshots").resolve(name);
      copy(runDir.resolve("volumes").resolve(claim), folder);
      String size = sizeOf(runDir, claim);
      remember(runDir, name, size);
      return new Emulated(outputs(manifest, name, size, settings, runDir), "snapshot " + name + " of volume " + claim
          + " is the folder " + folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + manifest.kind().orElse("object") + " " + name + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * What an emulation produced.
   *
   * @param outputs output name to text
   * @param done what was done, for the task's message
   */
  record Emulated(Map<String, String> outputs, String done) {}

  private static Map<String, String> outputs(Manifest manifest, String name, String size, SettingValues settings,
      Path runDir) {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("name", name);
    outputs.put("size", size);
    outputs.put("manifest", io.kfp4j.runtime.types.PythonJson.dumps(resolved(manifest.tree(), settings, runDir)));
    return outputs;
  }

  private static Object resolved(Object node, SettingValues settings, Path runDir) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new java.util.TreeMap<>();
      map.forEach((k, v) -> out.put((String) k, resolved(v, settings, runDir)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(v -> resolved(v, settings, runDir)).toList();
    }
    return node instanceof SettingValue || node instanceof Manifest.RunScopedName ? text(node, settings, runDir) : node;
  }

  private static String text(Object leaf, SettingValues settings, Path runDir) {
    if (leaf instanceof Manifest.RunScopedName n) {
      return runDir.getFileName() + "-" + n.suffix();
    }
    if (leaf instanceof SettingValue v) {
      return settings.text(v);
    }
    return String.valueOf(leaf);
  }

  /** Keeps the size of a claim or snapshot, for the snapshots taken of it. */
  private static void remember(Path runDir, String name, String size) throws IOException {
    Path file = runDir.resolve("volume-sizes").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, size, StandardCharsets.UTF_8);
  }

  private static String sizeOf(Path runDir, String name) throws IOException {
    Path file = runDir.resolve("volume-sizes").resolve(name);
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void copy(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      throw new IOException("there is no folder " + from + " to copy");
    }
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}

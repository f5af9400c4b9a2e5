package io.kfp4j.sdk.ir;

import io.kfp4j.runtime.yaml.LoadedComponent;
import io.kfp4j.sdk.task.TaskSettings;
import java.util.List;
import java.util.Map;

/**
 * One task of a pipeline.
 *
 * @param name the task's unique name ({@code add}, {@code add-2}), also its Argo template name
 * @param component the component it runs, with digest and origin
 * @param arguments input name to argument, for the inputs given (defaults are the component's business)
 * @param settings resources, retries, caching and the rest
 * @param after names of tasks it must wait for besides those whose outputs it reads
 * @param resource for a resource task ({@code ResourceOp}, {@code VolumeOp}, {@code VolumeSnapshotOp}), what it does
 *     with a Kubernetes object instead of running a container (its component only names its outputs);
 *     {@code null} for a component task
 * @param rawContainer for a raw container task ({@code ContainerOp}), what its generated component cannot say;
 *     {@code null} for a component task
 * @param afterGroups ids of graph components' calls ({@link Group.Graph}) it waits for as a whole
 * @param importer for an importer task ({@code Importer}), the artifact it brings in from its argument {@code uri}
 *     instead of running a container (its component only names that input and its output {@code artifact});
 *     {@code null} for a component task
 */
public record TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments,
    TaskSettings settings, List<String> after, ResourceOperation resource, RawContainer rawContainer,
    List<GroupId> afterGroups, ArtifactImport importer) {
  public TaskNode {
    arguments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(arguments));
    after = List.copyOf(after);
    afterGroups = List.copyOf(afterGroups);
  }

  /** A task that imports no artifact. */
  public TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments, TaskSettings settings,
      List<String> after, ResourceOperation resource, RawContainer rawContainer, List<GroupId> afterGroups) {
    this(name, component, arguments, settings, after, resource, rawContainer, afterGroups, null);
  }

  /** A task that waits for no graph component's call. */
  public TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments, TaskSettings settings,
      List<String> after, ResourceOperation resource, RawContainer rawContainer) {
    this(name, component, arguments, settings, after, resource, rawContainer, List.of());
  }

  /** A component task, or a resource task when {@code resource} is set. */
  public TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments, TaskSettings settings,
      List<String> after, ResourceOperation resource) {
    this(name, component, arguments, settings, after, resource, null);
  }

  /** A component task. */
  public TaskNode(String name, LoadedComponent component, Map<String, ArgumentValue> arguments, TaskSettings settings,
      List<String> after) {
    this(name, component, arguments, settings, after, null, null);
  }

  /**
   * The tasks whose outputs this task reads, without repeats: in its arguments (in order), then in settings given
   * at run time ({@link #settingReferences()}: resources, mounted volumes, values in a resource's manifest).
   */
  public List<String> upstream() {
    java.util.LinkedHashSet<String> tasks = new java.util.LinkedHashSet<>();
    arguments.values().forEach(a -> ArgumentValue.outputRefs(a).forEach(o -> tasks.add(o.task())));
    settingReferences().forEach(a -> ArgumentValue.outputRefs(a).forEach(o -> tasks.add(o.task())));
    return List.copyOf(tasks);
  }

  /** The tasks it waits for: those it reads from ({@link #upstream()}), then those it runs after, without repeats. */
  public List<String> waitsFor() {
    java.util.LinkedHashSet<String> tasks = new java.util.LinkedHashSet<>(upstream());
    tasks.addAll(after);
    return List.copyOf(tasks);
  }

  /**
   * The values given when the pipeline runs that the task's settings read ({@link TaskSettings#references()}),
   * then those its resource's manifest reads, then those an importer's metadata reads, then a raw container's image
   * when given at run time.
   */
  public List<ArgumentValue> settingReferences() {
    List<ArgumentValue> refs = new java.util.ArrayList<>(settings.references());
    if (resource != null) {
      refs.addAll(resource.manifest().references());
    }
    if (importer != null) {
      refs.addAll(importer.references());
    }
    if (rawContainer != null && rawContainer.image() != null) {
      rawContainer.image().reference().ifPresent(refs::add);
    }
    return refs;
  }
}

package io.kfp4j.sdk;

import io.kfp4j.sdk.ir.Manifest;
import io.kfp4j.sdk.ir.ResourceAction;
import io.kfp4j.sdk.ir.ResourceOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task that creates, applies, patches, replaces or deletes a Kubernetes object, as KFP's {@code dsl.ResourceOp}.
 * The manifest is a map (its leaves may be {@link Source}s: parameters, outputs, formatted text) or YAML text with
 * {@code ${name}} placeholders; outputs are read from the object by JSONPath, and {@code name}
 * ({@code {.metadata.name}}) and {@code manifest} ({@code {}}) are always there but for a delete.
 *
 * <pre>{@code
 * ResourceOp secret = ResourceOp.named("create-my-secret")
 *     .manifest(Map.of("apiVersion", "v1", "kind", "Secret", "type", "Opaque",
 *         "metadata", Map.of("generateName", "my-secret-"),
 *         "data", Map.of("username", username, "password", password)))
 *     .attributeOutput("name", "{.metadata.name}")
 *     .build();
 * LsOp.ls().mountSecret("my-secret", secret.output(), "/etc/secret-volume");
 * }</pre>
 *
 * <p>Each mistake fails when the pipeline is built, naming the op and the field: an unknown action, no manifest, an
 * output whose path is not a JSONPath, a merge strategy on an action that does not merge, outputs or conditions on a
 * delete.
 */
public final class ResourceOp extends ResourceTask<ResourceOp> {
  private final ResourceSpec spec;
  private final Manifest manifest;

  private ResourceOp(ResourceSpec spec) {
    super("ResourceOp", spec.name(), spec.action() == ResourceAction.DELETE ? List.of()
        : List.copyOf(spec.outputs().keySet()));
    this.spec = spec;
    this.manifest = new Manifest(spec.manifestYaml() != null
        ? tree(ManifestYaml.parse(spec.manifestYaml(), spec.yamlValues(), this::fail), "manifest")
        : tree(spec.manifest(), "manifest"));
  }

  /** Starts a resource op; the task's name is {@code name} (made unique in the pipeline). */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /**
   * The op's main output, as KFP's {@code rop.output}: the one attribute output given, else the object's name.
   *
   * @throws PipelineBuildException for a delete, which has no outputs
   */
  public Output<String> output() {
    List<String> extra = spec.userOutputs();
    return attribute(extra.size() == 1 ? extra.get(0) : "name");
  }

  /** The object's name ({@code {.metadata.name}} unless given otherwise). */
  public Output<String> objectName() {
    return attribute("name");
  }

  @Override
  public Output<String> attribute(String name) {
    if (spec.action() == ResourceAction.DELETE) {
      throw fail("output \"" + name + "\"", "a delete has no outputs; read the object before deleting it");
    }
    return super.attribute(name);
  }

  @Override
  public ResourceOperation operation() {
    return new ResourceOperation(spec.action(), manifest, spec.mergeStrategy(), spec.successCondition(),
        spec.failureCondition(), spec.setOwnerReference(), spec.flags(),
        spec.action() == ResourceAction.DELETE ? Map.of() : spec.outputs());
  }

  @Override
  protected ResourceOp self() {
    return this;
  }

  /** Collects what a {@link ResourceOp} does; {@link #build()} checks it and adds the task to the pipeline. */
  public static final class Builder {
    private final String name;
    private String action = "create";
    private Map<?, ?> manifest;
    private String manifestYaml;
    private Map<String, ? extends Source<?>> yamlValues = Map.of();
    private String mergeStrategy;
    private String successCondition;
    private String failureCondition;
    private Boolean setOwnerReference;
    private List<String> flags;
    private final Map<String, String> outputs = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The object, as Kubernetes' JSON form; leaves may be {@link Source}s, read when the pipeline runs. */
    public Builder manifest(Map<String, ?> manifest) {
      this.manifest = manifest;
      this.manifestYaml = null;
      return this;
    }

    /** The object as YAML text without placeholders. */
    public Builder manifestYaml(String yaml) {
      return manifestYaml(yaml, Map.of());
    }

    /**
     * The object as YAML text; each {@code ${key}} inside a text value is replaced by the source of that key (a
     * whole value {@code "${password}"} by the source itself, part of one by formatted text).
     */
    public Builder manifestYaml(String yaml, Map<String, ? extends Source<?>> values) {
      this.manifestYaml = yaml;
      this.yamlValues = Map.copyOf(values);
      this.manifest = null;
      return this;
    }

    /** The action: {@code create} (the default), {@code apply}, {@code patch}, {@code delete} or {@code replace}. */
    public Builder action(String action) {
      this.action = action;
      return this;
    }

    /** The action. */
    public Builder action(ResourceAction action) {
      return action(action.wireName());
    }

    /** How a patch or apply merges: {@code strategic}, {@code merge} or {@code json}. */
    public Builder mergeStrategy(String mergeStrategy) {
      this.mergeStrategy = mergeStrategy;
      return this;
    }

    /** The condition on the object that ends the task with success ({@code status.succeeded > 0}). */
    public Builder successCondition(String condition) {
      this.successCondition = condition;
      return this;
    }

    /** The condition on the object that ends the task with failure ({@code status.failed > 3}). */
    public Builder failureCondition(String condition) {
      this.failureCondition = condition;
      return this;
    }

    /** Whether the run owns the object (Kubernetes deletes it with the run). */
    public Builder setOwnerReference(boolean owned) {
      this.setOwnerReference = owned;
      return this;
    }

    /** Extra flags of the action ({@code --wait=false}); a delete gets {@code --wait=false} unless given. */
    public Builder flags(String... flags) {
      this.flags = List.of(flags);
      return this;
    }

    /** An output read from the object by a kubectl JSONPath template ({@code "{.status.phase}"}). */
    public Builder attributeOutput(String output, String jsonPath) {
      outputs.put(output, jsonPath);
      return this;
    }

    /**
     * Checks the op and adds it to the pipeline being built.
     *
     * @throws PipelineBuildException naming the op, the field and the fix
     */
    public ResourceOp build() {
      return new ResourceOp(ResourceSpec.check(this));
    }
  }

  /** A builder's content, checked. */
  private record ResourceSpec(String name, ResourceAction action, Map<?, ?> manifest, String manifestYaml,
      Map<String, ? extends Source<?>> yamlValues, String mergeStrategy, String successCondition,
      String failureCondition, Boolean setOwnerReference, List<String> flags, List<String> userOutputs,
      Map<String, String> outputs) {

    static ResourceSpec check(Builder b) {
      String pipeline = PipelineContext.require("ResourceOp").pipelineName();
      String op = "ResourceOp \"" + b.name + "\"";
      ResourceAction action = ResourceAction.of(b.action == null ? "" : b.action).orElseThrow(() ->
          ResourceTask.error(pipeline, op, "action", "\"" + b.action + "\" is not an action; use create, apply,"
              + " patch, delete or replace"));
      if (b.manifest == null && b.manifestYaml == null) {
        throw ResourceTask.error(pipeline, op, "manifest", "none given; give the Kubernetes object with"
            + " .manifest(Map) or .manifestYaml(String)");
      }
      if (b.mergeStrategy != null) {
        if (action != ResourceAction.PATCH && action != ResourceAction.APPLY) {
          throw ResourceTask.error(pipeline, op, "mergeStrategy", "only a patch (or an apply) merges, not a "
              + action.wireName() + "; drop the merge strategy or use .action(\"patch\")");
        }
        if (!List.of("strategic", "merge", "json").contains(b.mergeStrategy)) {
          throw ResourceTask.error(pipeline, op, "mergeStrategy", "\"" + b.mergeStrategy + "\" is not a merge"
              + " strategy; use strategic, merge or json");
        }
      }
      List<String> flags = b.flags;
      if (action == ResourceAction.DELETE) {
        if (b.successCondition != null || b.failureCondition != null || !b.outputs.isEmpty()) {
          throw ResourceTask.error(pipeline, op, b.outputs.isEmpty() ? "successCondition/failureCondition"
              : "attributeOutput", "a delete has no conditions and no outputs (as in KFP); drop them, or read"
              + " the object with another op before deleting it");
        }
        flags = flags == null ? List.of("--wait=false") : flags;
      }
      b.outputs.forEach((output, path) -> {
        if (output == null || output.isBlank()) {
          throw ResourceTask.error(pipeline, op, "attributeOutput", "an output has no name; give each output a"
              + " name such as \"phase\"");
        }
        JsonPaths.check(path).ifPresent(problem -> {
          throw ResourceTask.error(pipeline, op, "output \"" + output + "\"", problem);
        });
      });
      Map<String, String> outputs = new LinkedHashMap<>(b.outputs);
      outputs.putIfAbsent("name", "{.metadata.name}");
      outputs.putIfAbsent("manifest", "{}");
      return new ResourceSpec(b.name, action, b.manifest, b.manifestYaml, b.yamlValues, b.mergeStrategy,
          b.successCondition, b.failureCondition, b.setOwnerReference, flags, new ArrayList<>(b.outputs.keySet()),
          outputs);
    }
  }
}

package io.kfp4j.sdk;

import io.kfp4j.runtime.spec.Arg;
import io.kfp4j.runtime.spec.ComponentSpec;
import io.kfp4j.runtime.spec.ContainerSpec;
import io.kfp4j.runtime.spec.InvalidSpecException;
import io.kfp4j.runtime.spec.KfpNames;
import io.kfp4j.runtime.spec.OutputSpec;
import io.kfp4j.runtime.yaml.ComponentWriter;
import io.kfp4j.sdk.ir.RawContainer;
import io.kfp4j.sdk.task.InitContainer;
import io.kfp4j.sdk.task.SettingValue;
import io.kfp4j.sdk.task.Sidecar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A task that runs an image you already have, written in Java without a component file, as KFP's
 * {@code dsl.ContainerOp}. The command and arguments mix text with pipeline parameters, outputs of other tasks and
 * loop items ({@link Formatted} text too), which the container receives as text, and {@link InputArgumentPath}s,
 * which it receives as files. Files the container writes at fixed paths are its outputs ({@link
 * Builder#fileOutput}); every task setting ({@code after}, resources, retries, caching, node selectors, volumes,
 * sidecars...) applies as to any task.
 *
 * <pre>{@code
 * ContainerOp flip = ContainerOp.builder("flip")
 *     .image("python:alpine3.6")
 *     .command("sh", "-c")
 *     .arguments("python -c \"print('heads')\" | tee /tmp/output")
 *     .fileOutput("output", "/tmp/output")
 *     .build();
 * ContainerOp.builder("print").image("alpine:3.6").command("echo", flip.output()).build().after(flip);
 * }</pre>
 *
 * <p>It lands in the pipeline graph as a task whose component is generated from it: each value it reads becomes an
 * untyped input, each file output an output with a fixed path, so the compiler and the local engine run it as any
 * component. A container given no command or no arguments compiles without that key, as KFP writes it.
 */
public final class ContainerOp extends Task<ContainerOp> {
  /** The generated component's image when the image is given at run time (the graph holds the real one). */
  static final String IMAGE_GIVEN_AT_RUN_TIME = "kfp4j/image-given-at-run-time";

  private final RawContainer raw;

  private ContainerOp(Plan plan) {
    super(plan.component(), plan.arguments());
    this.raw = plan.raw();
  }

  /** A container task named {@code name} (its task name in the pipeline is KFP's sanitized form of it). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A file the container writes at a path the command line names, as a component's {@code outputPath}: among the
   * command or arguments it stands for the path (under {@code /tmp/outputs/<name>/data} on a cluster, under the
   * run's folder on the local engine), and the file is the output {@code name}. A kfp4j addition to KFP's
   * {@code ContainerOp}, which only has fixed paths ({@link Builder#fileOutput}); unlike those it runs on the local
   * engine's subprocess runner too.
   */
  public static OutputFile outputPath(String name) {
    return new OutputFile(name);
  }

  /** An output by name; its Java type is yours to choose (outputs of a raw container are untyped). */
  public <T> Output<T> outputNamed(String name) {
    return output(name);
  }

  /** The single output, when the container has exactly one, as KFP's {@code op.output}. */
  public <T> Output<T> output() {
    var outputs = component().spec().outputs();
    if (outputs.size() != 1) {
      throw new IllegalArgumentException("ContainerOp \"" + component().name() + "\" has " + outputs.size()
          + " outputs, not one; use outputNamed(...)" + (outputs.isEmpty() ? " after adding a fileOutput(...)"
          : " with one of: " + String.join(", ", outputs.stream().map(OutputSpec::name).toList())));
    }
    return output(outputs.get(0).name());
  }

  /** What the pipeline graph keeps besides the generated component. */
  RawContainer raw() {
    return raw;
  }

  @Override
  protected ContainerOp self() {
    return this;
  }

  /**
   * An output whose path the command line names. @param name the output's name
   */
  public record OutputFile(String name) {
    public OutputFile {
      Objects.requireNonNull(name, "an output path needs the output's name");
    }
  }

  private record Plan(ComponentDefinition component, Map<String, Source<?>> arguments, RawContainer raw) {}

  /** Collects a container task's image, command line and files, then {@link #build()} adds it to the pipeline. */
  public static final class Builder {
    private final String name;
    private String image;
    private Source<String> imageGiven;
    private List<Object> command;
    private List<Object> arguments;
    private final Map<String, String> fileOutputs = new LinkedHashMap<>();
    private final Map<String, String> outputArtifacts = new LinkedHashMap<>();
    private final List<InputArgumentPath> artifactArguments = new ArrayList<>();
    private final Map<String, PipelineVolume> pvolumes = new LinkedHashMap<>();
    private final List<java.util.function.Consumer<ContainerOp>> sidecars = new ArrayList<>();
    private final List<InitContainer> initContainers = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** The image to run ({@code "python:3.9"}); required. */
    public Builder image(String reference) {
      image = reference;
      imageGiven = null;
      return this;
    }

    /**
     * The image given when the pipeline runs: {@code image(Formatted.of("busybox:%s", tag))}, as KFP's
     * {@code image='busybox:%s' % tag}. A constant is the same as {@link #image(String)}.
     */
    public Builder image(Source<String> reference) {
      if (reference instanceof Value<String> constant) {
        return image(constant.value());
      }
      imageGiven = Objects.requireNonNull(reference, "reference");
      image = null;
      return this;
    }

    /**
     * The entrypoint; each item is text, a number or boolean (written as KFP's {@code str()}), a {@link Source}
     * (passed as text), an {@link InputArgumentPath} (passed as a file) or an {@link #outputPath} item.
     * Without a command the image's own entrypoint runs.
     */
    public Builder command(Object... items) {
      command = List.of(items);
      return this;
    }

    /** The arguments, of the same kinds of items as {@link #command}. */
    public Builder arguments(Object... items) {
      arguments = List.of(items);
      return this;
    }

    /** The arguments, as a list. */
    public Builder arguments(List<?> items) {
      arguments = List.copyOf(items);
      return this;
    }

    /** An output the container writes at a fixed path, as KFP's {@code file_outputs}. */
    public Builder fileOutput(String output, String path) {
      fileOutputs.put(output, path);
      return this;
    }

    /**
     * A file kept as an artifact under exactly this name, as KFP's {@code output_artifact_paths} (for example
     * {@code mlpipeline-ui-metadata}); later tasks cannot read it (use {@link #fileOutput} for that).
     */
    public Builder outputArtifact(String artifact, String path) {
      outputArtifacts.put(artifact, path);
      return this;
    }

    /** A file placed in the container without naming it on the command line, as KFP's {@code artifact_argument_paths}. */
    public Builder artifactArgument(InputArgumentPath file) {
      artifactArguments.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Mounts the claim of a {@link VolumeOp} at a path, as KFP's {@code pvolumes}. */
    public Builder pvolume(String path, PipelineVolume volume) {
      pvolumes.put(path, Objects.requireNonNull(volume, "volume"));
      return this;
    }

    /** A container beside the main one. */
    public Builder sidecar(Sidecar sidecar) {
      Objects.requireNonNull(sidecar, "sidecar");
      sidecars.add(op -> op.sidecar(sidecar));
      return this;
    }

    /** A container beside the main one whose image may be given when the pipeline runs, as KFP's {@code dsl.Sidecar}. */
    public Builder sidecar(String sidecarName, Source<String> sidecarImage, List<String> command, List<String> args) {
      sidecars.add(op -> op.sidecar(sidecarName, sidecarImage, command, args));
      return this;
    }

    /** A container that runs before the main one. */
    public Builder initContainer(InitContainer container) {
      initContainers.add(Objects.requireNonNull(container, "container"));
      return this;
    }

    /**
     * The task, added to the pipeline being built.
     *
     * @throws PipelineBuildException when the name or image is missing, or an item of the command line is of
     *     another kind, naming the op and the fix
     */
    public ContainerOp build() {
      String where = where();
      if (name == null || KfpNames.k8sName(name).isEmpty()) {
        throw new PipelineBuildException(where + "a ContainerOp needs a name with letters or digits; pass one to"
            + " ContainerOp.builder(\"my-step\")");
      }
      SettingValue givenImage = null;
      if (imageGiven != null) {
        givenImage = SettingValue.of(PipelineContext.require("an image given when the pipeline runs")
            .argument(imageGiven, "ContainerOp \"" + name + "\"", "image", null));
      } else if (image == null || image.isBlank()) {
        throw new PipelineBuildException(where + "has no image; call .image(\"python:3.9\") (the image to run)"
            + " before build()");
      }
      ContainerOpSpec spec = new ContainerOpSpec(where);
      List<Arg> commandArgs = command == null ? List.of() : spec.items(command, "command");
      List<Arg> argumentArgs = arguments == null ? List.of() : spec.items(arguments, "arguments");
      for (InputArgumentPath file : artifactArguments) {
        spec.file(file);
      }
      fileOutputs.keySet().forEach(spec::output);
      ContainerSpec container = new ContainerSpec(givenImage != null ? IMAGE_GIVEN_AT_RUN_TIME : image, commandArgs,
          argumentArgs, Map.of(), fileOutputs);
      ComponentDefinition component;
      try {
        component = ComponentDefinition.fromText(ComponentWriter.toYaml(
            ComponentSpec.of(name, null, spec.inputs, spec.outputs, container)));
      } catch (InvalidSpecException e) {
        throw new PipelineBuildException(where + "its generated component is invalid: " + e.getMessage());
      }
      RawContainer raw = new RawContainer(givenImage, command != null, arguments != null, spec.inputPaths,
          outputArtifacts);
      ContainerOp op = new ContainerOp(new Plan(component, spec.arguments, raw));
      pvolumes.forEach((path, volume) -> op.mount(volume, path));
      sidecars.forEach(add -> add.accept(op));
      initContainers.forEach(op::initContainer);
      return op;
    }

    private String where() {
      String pipeline = PipelineContext.current().map(c -> "pipeline \"" + c.pipelineName() + "\", ").orElse("");
      return pipeline + "ContainerOp \"" + name + "\": ";
    }
  }

  @Override
  public String toString() {
    return "ContainerOp \"" + (taskName() == null ? component().name() : taskName()) + "\"";
  }
}

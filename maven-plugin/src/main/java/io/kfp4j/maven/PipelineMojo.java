package io.kfp4j.maven;

import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.tooling.images.ImagePin;
import io.kfp4j.tooling.images.PinState;
import io.kfp4j.tooling.images.ProjectImage;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import io.kfp4j.tooling.pipelines.ProjectPipelines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal on the project's pipelines: which pipeline it acts on, and the component specs brought in line with the
 * pin of the last {@code kfp4j:image} before any pipeline is built.
 */
abstract class PipelineMojo extends ProjectMojo {
  /**
   * The pipeline: its name (as in {@code @Pipeline(name = ...)}, or sanitized), the class kfp4j-processor generated
   * for it, or {@code Class#method}, the qualified name that a name shared by several pipelines needs. {@code compile} compiles every pipeline of the project without it; the other
   * goals take the project's only pipeline.
   */
  @Parameter(property = "kfp4j.pipeline")
  String pipeline;

  /**
   * What to do when {@code target/kfp4j/image.properties} pins an image built from other classes (the classes or
   * dependencies changed since {@code kfp4j:image}): {@code warn} (compile with the specs' own images, and say so)
   * or {@code fail}.
   */
  @Parameter(property = "kfp4j.stalePin", defaultValue = "warn")
  String stalePin;

  /**
   * Pins the project's component specs to the last image built from these classes, or takes a pin that no longer
   * fits back, warning or failing as {@link #stalePin} says.
   */
  PinState preparePins() throws MojoExecutionException, MojoFailureException {
    boolean failOnStale = switch (stalePin == null ? "warn" : stalePin.strip().toLowerCase(Locale.ROOT)) {
      case "warn" -> false;
      case "fail" -> true;
      default -> throw new MojoFailureException("stalePin (kfp4j.stalePin) is \"" + stalePin
          + "\"; give warn or fail");
    };
    if (!hasClasses()) {
      return new PinState.None();
    }
    List<Path> runtime = runtimeClasspath();
    PinState state = ProjectImage.prepareCompile(pinFile(), List.of(classesDir()), () -> ProjectClasspath.of(runtime));
    if (state instanceof PinState.Current current) {
      ImagePin pin = current.pin();
      getLog().info("component specs pinned to " + pin.pinned() + " (kfp4j:image of " + pin.builtAt() + ", "
          + pin.target() + ")");
      if (!pin.pullable()) {
        getLog().warn(notPullable(pin));
      }
    } else if (state instanceof PinState.Stale stale) {
      String message = "the image pin " + pinFile() + " (" + stale.pin().pinned() + ") does not fit the classes: "
          + stale.reason() + ". The component specs keep their own images; build the image again first: mvn"
          + " package kfp4j:image kfp4j:compile";
      if (failOnStale) {
        throw new MojoFailureException(message);
      }
      getLog().warn(message);
    }
    return state;
  }

  /** The warning for an image pinned by its Docker daemon id. */
  static String notPullable(ImagePin pin) {
    return pin.notPullable() + " (kfp4j.to=REGISTRY/REPO)";
  }

  /** Whether this module is one of several in the build, where modules without pipelines are skipped. */
  boolean inMultiModuleBuild() {
    return session != null && session.getProjects().size() > 1;
  }

  /** The pipelines indexed in the project's own classes (not in its dependencies), sorted by name. */
  List<PipelineClasspath.IndexEntry> ownPipelines() {
    return hasClasses() ? PipelineClasspath.listIn(classesDir()) : List.of();
  }

  /** What a goal on one pipeline does with it: its graph, built on the project's classpath. */
  interface PipelineAction {
    void accept(PipelineGraph graph, PipelineClasspath path) throws MojoExecutionException, MojoFailureException;
  }

  /**
   * Whether there is nothing to act on (no classes, no pipeline named), saying so in the log.
   *
   * @throws MojoFailureException when the project has Java sources but no classes: it was not compiled (for
   *     example {@code mvn clean kfp4j:run}), which is a mistake rather than nothing to do
   */
  boolean nothingTo(String verb) throws MojoFailureException {
    if (hasClasses() || pipeline != null) {
      return false;
    }
    if (hasJavaSources()) {
      throw new MojoFailureException(projectName() + " has Java sources but no compiled classes in " + classesDir()
          + ": kfp4j:" + verb + " acts on the compiled pipelines and does not compile them. Compile in the same"
          + " command: mvn compile kfp4j:" + verb);
    }
    getLog().info("kfp4j: " + projectName() + " has no classes; nothing to " + verb);
    return true;
  }

  private boolean hasJavaSources() {
    if ("pom".equals(project.getPackaging())) {
      return false;
    }
    for (String root : project.getCompileSourceRoots()) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
          return true;
        }
      } catch (IOException | UncheckedIOException e) {
        // a missing or unreadable source root holds no sources we could compile
      }
    }
    return false;
  }

  /**
   * Builds the pipeline this goal acts on ({@link #chosenPipeline}) on the project's classpath and hands it to the
   * action; nothing when this module of a multi-module build has no pipelines.
   */
  void withChosenPipeline(PipelineAction action) throws MojoExecutionException, MojoFailureException {
    try (PipelineClasspath path = openClasspath()) {
      Optional<String> chosen = chosenPipeline(path);
      if (chosen.isPresent()) {
        action.accept(ProjectPipelines.build(chosen.get(), path), path);
      }
    }
  }

  /**
   * The pipeline a goal on one pipeline acts on: {@link #pipeline}, else the project's only one.
   *
   * @return empty when this module of a multi-module build has no pipelines (the goal is skipped here)
   * @throws MojoFailureException when the project has none or several and none was chosen
   */
  Optional<String> chosenPipeline(PipelineClasspath path) throws MojoFailureException {
    List<PipelineClasspath.IndexEntry> own = ownPipelines();
    if (own.isEmpty() && inMultiModuleBuild()) {
      getLog().info("kfp4j: " + projectName() + " has no pipelines; skipped");
      return Optional.empty();
    }
    if (pipeline != null && !pipeline.isBlank()) {
      return Optional.of(pipeline.strip());
    }
    if (own.isEmpty()) {
      throw new MojoFailureException(ProjectPipelines.noPipelines(path));
    }
    if (own.size() > 1) {
      throw new MojoFailureException(projectName() + " has " + own.size() + " pipelines; choose one with"
          + " -Dkfp4j.pipeline=NAME or <pipeline> in the plugin's configuration:\n"
          + ProjectPipelines.table(path, own).stripTrailing());
    }
    return Optional.of(own.get(0).qualifiedName().isEmpty() ? own.get(0).key() : own.get(0).qualifiedName());
  }
}

package io.kfp4j.maven;

import io.kfp4j.runtime.Kfp4jException;
import io.kfp4j.tooling.images.ImagePin;
import io.kfp4j.tooling.pipelines.PipelineClasspath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal on a project's classes shares: the project, its resolved classpath in a class loader of its own,
 * {@code target/kfp4j/}, and tooling failures turned into build failures.
 */
abstract class ProjectMojo extends AbstractMojo {
  /** The folder of kfp4j's outputs under the build directory. */
  static final String KFP4J_DIR = "kfp4j";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** Skip the goal. */
  @Parameter(property = "kfp4j.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("kfp4j: skipped (kfp4j.skip)");
      return;
    }
    try {
      run();
    } catch (Kfp4jException e) {
      BuildFailures.raise(e);
    }
  }

  /** The goal's work; a {@link Kfp4jException} (a tooling or library failure) becomes a build failure. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** Whether the project has classes at all: not a pom aggregator, and compiled. */
  boolean hasClasses() {
    return !"pom".equals(project.getPackaging()) && Files.isDirectory(classesDir());
  }

  /** {@code target/classes}. */
  Path classesDir() {
    return Path.of(project.getBuild().getOutputDirectory());
  }

  /** {@code target/kfp4j}. */
  Path kfp4jDir() {
    return Path.of(project.getBuild().getDirectory()).resolve(KFP4J_DIR);
  }

  /** {@code target/kfp4j/image.properties}: the pin the image goal leaves for compiles. */
  Path pinFile() {
    return ImagePin.fileIn(Path.of(project.getBuild().getDirectory()));
  }

  /** {@code groupId:artifactId}, for messages. */
  String projectName() {
    return project.getGroupId() + ":" + project.getArtifactId();
  }

  /** The project's compile and runtime classpath, classes first, each existing entry once. */
  List<Path> projectClasspath() throws MojoExecutionException {
    Set<String> elements = new LinkedHashSet<>();
    try {
      elements.addAll(project.getCompileClasspathElements());
      elements.addAll(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the dependencies of " + projectName() + " are not resolved: "
          + e.getMessage(), e);
    }
    return existing(elements);
  }

  /** The project's runtime classpath, classes first: what an image of it holds. */
  List<Path> runtimeClasspath() throws MojoExecutionException {
    try {
      return existing(project.getRuntimeClasspathElements());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the runtime dependencies of " + projectName() + " are not resolved: "
          + e.getMessage(), e);
    }
  }

  /** The project's classes in a loader whose parent is the plugin's, so that they share its kfp4j classes. */
  PipelineClasspath openClasspath() throws MojoExecutionException {
    return PipelineClasspath.of(projectClasspath(), "the classpath of " + projectName(), MavenWording.FRONT_END,
        getClass().getClassLoader(), toolClasspath());
  }

  /** The plugin's own jars (kfp4j-launcher and its runtime among them), for subprocess tasks. */
  List<Path> toolClasspath() {
    List<Path> jars = new ArrayList<>();
    if (plugin != null) {
      plugin.getArtifacts().stream().map(Artifact::getFile).filter(Objects::nonNull).map(File::toPath)
          .forEach(jars::add);
    }
    return jars;
  }

  private static List<Path> existing(Iterable<String> elements) {
    List<Path> paths = new ArrayList<>();
    for (String element : elements) {
      Path path = Path.of(element);
      if (Files.exists(path) && !paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths;
  }
}

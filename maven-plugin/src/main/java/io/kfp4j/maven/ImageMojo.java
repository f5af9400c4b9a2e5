package io.kfp4j.maven;

import io.kfp4j.images.BuiltImage;
import io.kfp4j.images.ComponentImage;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.images.RegistryLogin;
import io.kfp4j.tooling.images.ProjectImage;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Builds one image of the project's components with jib (no Docker needed): the base image plus the project's
 * runtime dependencies, resources and classes, with kfp4j-launcher as entrypoint. The same inputs give the same
 * digest. The project's component specs in {@code target/classes} are then pinned to the image by digest
 * ({@code REPO@sha256:…}), and the pin is recorded in {@code target/kfp4j/image.properties} with a fingerprint of the
 * classes: {@code kfp4j:compile} applies it while the classes are the ones in the image, and warns (or fails) and
 * leaves the specs' own images when they changed. Run it after the classes are built and before compiling:
 * {@code mvn package kfp4j:image kfp4j:compile}.
 */
@Mojo(name = "image", threadSafe = true, requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ImageMojo extends ProjectMojo {
  /**
   * Where the image goes: a registry image {@code REGISTRY/REPO[:TAG]} (pushed; credentials from the Docker config
   * or {@link #username}/{@link #password}), {@code docker://REF} (the local Docker daemon) or {@code tar://PATH} (a
   * {@code docker save} tar).
   */
  @Parameter(property = "kfp4j.to")
  String to;

  /**
   * The base image, with {@code java} on its PATH: {@code REF}, {@code docker://REF} or {@code tar://PATH}. Default:
   * the one the components declare with {@code @Component(baseImage = ...)}, else {@code eclipse-temurin:17-jre}.
   */
  @Parameter(property = "kfp4j.base")
  String base;

  /** The image's name inside a {@code tar://} target. */
  @Parameter(property = "kfp4j.imageName", defaultValue = "kfp4j/components:latest")
  String imageName;

  /** Allow registries over plain HTTP or with self-signed certificates (a registry on 127.0.0.1). */
  @Parameter(property = "kfp4j.insecure", defaultValue = "false")
  boolean insecure;

  /** The registry user; default: the Docker config and its credential helpers. */
  @Parameter(property = "kfp4j.username")
  String username;

  /** The registry password or token, with {@link #username}. */
  @Parameter(property = "kfp4j.password")
  String password;

  /** jib's layer cache. Default: {@code ~/.cache/kfp4j/jib}. */
  @Parameter(property = "kfp4j.cache")
  File cache;

  /**
   * A class list to archive for class data sharing (AppCDS), as {@code kfp4j:run -Dkfp4j.runner=subprocess} records
   * it ({@code .kfp4j/cds/<key>/classes.classlist}); the archive is made on the Docker daemon.
   */
  @Parameter(property = "kfp4j.classList")
  File classList;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (to == null || to.isBlank()) {
      throw new MojoFailureException("kfp4j:image needs to know where the image goes: -Dkfp4j.to=REGISTRY/REPO[:TAG]"
          + " (pushed), -Dkfp4j.to=docker://REF (the local Docker daemon) or -Dkfp4j.to=tar://PATH (a docker save"
          + " tar), or <to> in the plugin's configuration");
    }
    if ((username == null) != (password == null)) {
      throw new MojoFailureException("username (kfp4j.username) and password (kfp4j.password) go together; give"
          + " both, or neither to use the Docker config");
    }
    if (!hasClasses()) {
      getLog().info("kfp4j: " + projectName() + " has no classes; no image to build");
      return;
    }
    ComponentImage image = image(runtimeClasspath());
    ProjectImage.Built built = ProjectImage.build(image, pinFile());
    BuiltImage result = built.image();
    getLog().info(String.format(Locale.ROOT, "built %s (digest %s) in %.1f s; %d component spec(s) pinned to %s",
        result.name(), result.digest(), result.elapsed().toMillis() / 1000.0, built.pin().originals().size(),
        result.pinned()));
    getLog().info("pin recorded in " + pinFile() + "; kfp4j:compile applies it while the classes stay the same");
    if (!built.pin().pullable()) {
      getLog().warn(PipelineMojo.notPullable(built.pin()));
    }
  }

  /** The build, as configured, of the runtime classpath. */
  ComponentImage image(List<Path> runtime) {
    ComponentImage.Builder image = ComponentImage.builder(ProjectClasspath.of(runtime))
        .target(located(to))
        .name(imageName)
        .insecure(insecure)
        .login(username == null ? null : new RegistryLogin(username, password))
        .componentsOut(kfp4jDir().resolve("image").resolve("components"))
        .classDataSharing(classList == null ? null : classList.toPath())
        .progress(getLog()::info);
    if (base != null && !base.isBlank()) {
      image.base(located(base));
    }
    if (cache != null) {
      image.cache(cache.toPath());
    }
    return image.build();
  }

  /** The location, a relative {@code tar://} path taken in the project's folder (as Maven takes file paths). */
  ImageLocation located(String text) {
    ImageLocation location = ImageLocation.parse(text);
    if (location instanceof ImageLocation.Tar tar && !tar.path().isAbsolute()) {
      return new ImageLocation.Tar(project.getBasedir().toPath().resolve(tar.path()));
    }
    return location;
  }
}

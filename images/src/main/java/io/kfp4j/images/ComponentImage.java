package io.kfp4j.images;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainer;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.ImageFormat;
import com.google.cloud.tools.jib.event.events.ProgressEvent;
import io.kfp4j.images.internal.ComponentPinning;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The image of a project's components, built with jib-core: the base image plus the project's dependencies,
 * snapshot dependencies, resources and classes as four layers under {@code /app} (the classpath the generated
 * {@code component.yaml} files start the launcher with), the launcher as entrypoint and {@code /app} as working
 * folder. The creation time is fixed, so the same inputs give the same digest. After the build, the project's
 * component specs are written with the image pinned by digest.
 *
 * <pre>{@code
 * BuiltImage image = ComponentImage.builder(ProjectClasspath.parse("target/classes:lib/*", Path.of("")))
 *     .base(ImageLocation.parse("tar://jre17.tar"))
 *     .target(ImageLocation.parse("127.0.0.1:5000/team/calc"))
 *     .insecure(true)
 *     .componentsOut(Path.of("target/components"))
 *     .build()
 *     .build();
 * }</pre>
 *
 * Immutable: {@link #builder} or {@link #toBuilder()} make another; each {@code withX} returns a configured copy.
 */
public final class ComponentImage {
  /** The base image when none is given: a Java 17 JRE. */
  public static final ImageLocation DEFAULT_BASE = new ImageLocation.Registry("eclipse-temurin:17-jre");
  /** The image name when the target does not say, as the processor's default image. */
  public static final String DEFAULT_NAME = "kfp4j/components:latest";
  /** The working folder in the image. */
  public static final String WORKING_DIR = "/app";
  private static final String DOCKER = "docker";

  private final ProjectClasspath classpath;
  private final ImageLocation base;
  private final ImageLocation target;
  private final String name;
  private final boolean insecure;
  private final RegistryLogin login;
  private final Path cache;
  private final Instant creationTime;
  private final Path componentsOut;
  private final boolean pinInPlace;
  private final Consumer<String> progress;
  private final Path classList;

  private ComponentImage(Builder b) {
    this.classpath = b.classpath;
    this.base = b.base != null ? b.base : DeclaredBase.of(b.classpath.folders()).orElse(DEFAULT_BASE);
    this.target = b.target;
    this.name = b.name;
    this.insecure = b.insecure;
    this.login = b.login;
    this.cache = b.cache;
    this.creationTime = b.creationTime;
    this.componentsOut = b.componentsOut;
    this.pinInPlace = b.pinInPlace;
    this.progress = b.progress;
    this.classList = b.classList;
  }

  /**
   * A build of the classpath from the components' declared base ({@link Builder#base}), else {@link #DEFAULT_BASE}, to
   * a tar in the working folder; change it with {@code with…}.
   */
  public static ComponentImage of(ProjectClasspath classpath) {
    return builder(classpath).build();
  }

  /** A builder of a build of the classpath, holding {@link #of}'s defaults. */
  public static Builder builder(ProjectClasspath classpath) {
    return new Builder(classpath);
  }

  /** A builder holding this build's configuration, to change a part of it. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code ~/.cache/kfp4j/jib}, or {@code $XDG_CACHE_HOME/kfp4j/jib}. */
  public static Path defaultCache() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path root = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return root.resolve("kfp4j").resolve("jib");
  }

  /** The same build on another base image. */
  public ComponentImage withBase(ImageLocation newBase) {
    return toBuilder().base(newBase).build();
  }

  /** The same build to another target. */
  public ComponentImage withTarget(ImageLocation newTarget) {
    return toBuilder().target(newTarget).build();
  }

  /** The same build under another image name. */
  public ComponentImage withName(String newName) {
    return toBuilder().name(newName).build();
  }

  /** Whether registries on plain HTTP or with self-signed certificates may be used. */
  public ComponentImage withInsecure(boolean allow) {
    return toBuilder().insecure(allow).build();
  }

  /** The same build with registry credentials. */
  public ComponentImage withLogin(RegistryLogin newLogin) {
    return toBuilder().login(newLogin).build();
  }

  /** The same build with its layer caches in another folder. */
  public ComponentImage withCache(Path folder) {
    return toBuilder().cache(folder).build();
  }

  /** The same build with another fixed creation time (the digest changes with it). */
  public ComponentImage withCreationTime(Instant time) {
    return toBuilder().creationTime(time).build();
  }

  /** The same build, writing the pinned component.yaml files to this folder. */
  public ComponentImage withComponentsOut(Path folder) {
    return toBuilder().componentsOut(folder).build();
  }

  /** Whether the component.yaml files in the classes are pinned where they are. */
  public ComponentImage withPinInPlace(boolean inPlace) {
    return toBuilder().pinInPlace(inPlace).build();
  }

  /** The same build, reporting progress to this sink. */
  public ComponentImage withProgress(Consumer<String> sink) {
    return toBuilder().progress(sink).build();
  }

  /** The same build with class data sharing from this class list, as {@link Builder#classDataSharing}. */
  public ComponentImage withClassDataSharing(Path newClassList) {
    return toBuilder().classDataSharing(newClassList).build();
  }

  /** The project's runtime classpath. */
  public ProjectClasspath classpath() {
    return classpath;
  }

  /** The base image, with a Java runtime ({@code java} on its PATH). */
  public ImageLocation base() {
    return base;
  }

  /** Where the image goes. */
  public ImageLocation target() {
    return target;
  }

  /** The image's name in a tar or in the daemon when the target does not say ({@code tar://}). */
  public String name() {
    return name;
  }

  /** Whether registries may be plain HTTP (a registry on 127.0.0.1). */
  public boolean insecure() {
    return insecure;
  }

  /** Registry credentials, or {@code null} for the Docker config and credential helpers. */
  public RegistryLogin login() {
    return login;
  }

  /** The layer cache folder ({@code base/} and {@code application/} inside). */
  public Path cache() {
    return cache;
  }

  /** The image's creation time. */
  public Instant creationTime() {
    return creationTime;
  }

  /** The folder the pinned component specs are written into, or {@code null}. */
  public Path componentsOut() {
    return componentsOut;
  }

  /** Whether the component specs in the class folders themselves are rewritten. */
  public boolean pinInPlace() {
    return pinInPlace;
  }

  /** Where progress and warnings go. */
  public Consumer<String> progress() {
    return progress;
  }

  /** The classes archived for class data sharing, or {@code null}. */
  public Path classList() {
    return classList;
  }

  /** Configures a {@link ComponentImage}; starts from {@link ComponentImage#of}'s defaults. */
  public static final class Builder {
    private final ProjectClasspath classpath;
    private ImageLocation base;
    private ImageLocation target = new ImageLocation.Tar(Path.of("image.tar"));
    private String name = DEFAULT_NAME;
    private boolean insecure;
    private RegistryLogin login;
    private Path cache = defaultCache();
    private Instant creationTime = Instant.EPOCH;
    private Path componentsOut;
    private boolean pinInPlace;
    private Consumer<String> progress = line -> { };
    private Path classList;

    private Builder(ProjectClasspath classpath) {
      this.classpath = Objects.requireNonNull(classpath, "classpath");
    }

    private Builder(ComponentImage image) {
      classpath = image.classpath;
      base = image.base;
      target = image.target;
      name = image.name;
      insecure = image.insecure;
      login = image.login;
      cache = image.cache;
      creationTime = image.creationTime;
      componentsOut = image.componentsOut;
      pinInPlace = image.pinInPlace;
      progress = image.progress;
      classList = image.classList;
    }

    /**
     * The base image, with a Java runtime ({@code java} on its PATH). Default: the one base the project's components
     * declare with {@code @Component(baseImage = ...)}, else {@link #DEFAULT_BASE}; {@link #build()} fails when they
     * declare different ones.
     */
    public Builder base(ImageLocation newBase) {
      base = Objects.requireNonNull(newBase, "base");
      return this;
    }

    /** Where the image goes; default {@code image.tar} in the working folder. */
    public Builder target(ImageLocation newTarget) {
      target = Objects.requireNonNull(newTarget, "target");
      return this;
    }

    /** The image's name when the target does not say ({@code tar://}); default {@link #DEFAULT_NAME}. */
    public Builder name(String newName) {
      name = Objects.requireNonNull(newName, "name");
      return this;
    }

    /** Whether registries on plain HTTP or with self-signed certificates may be used (default no). */
    public Builder insecure(boolean allow) {
      insecure = allow;
      return this;
    }

    /** Registry credentials, or {@code null} for the Docker config and credential helpers (the default). */
    public Builder login(RegistryLogin newLogin) {
      login = newLogin;
      return this;
    }

    /** The layer cache folder; default {@link #defaultCache()}. */
    public Builder cache(Path folder) {
      cache = Objects.requireNonNull(folder, "cache");
      return this;
    }

    /** The image's fixed creation time (the digest changes with it); default the epoch. */
    public Builder creationTime(Instant time) {
      creationTime = Objects.requireNonNull(time, "creationTime");
      return this;
    }

    /** A folder to write the pinned component.yaml files into, or {@code null} (the default). */
    public Builder componentsOut(Path folder) {
      componentsOut = folder;
      return this;
    }

    /** Whether the component.yaml files in the classes are pinned where they are (default no). */
    public Builder pinInPlace(boolean inPlace) {
      pinInPlace = inPlace;
      return this;
    }

    /** Where progress and warnings go (default nowhere). */
    public Builder progress(Consumer<String> sink) {
      progress = Objects.requireNonNull(sink, "progress");
      return this;
    }

    /**
     * Class data sharing: the image carries a static AppCDS archive of these classes ({@code /app/kfp4j.jsa}) and
     * the pinned component specs start the JVM from it, which makes a component's start about as fast as a bare
     * JVM's. {@code classList} is what a run loaded, as the local engine records it for subprocess runs
     * ({@code .kfp4j/cds/<key>/classes.classlist}). The project's classes and resources then go into
     * {@code /app/libs/kfp4j.jar} and the dependencies into {@code /app/deps} (JDK 17 archives from jars only, in a
     * fixed order); the archive is made by the image's own JVM, in a container on the Docker daemon, which the
     * build then needs. JDK 17's archives differ from one dump to the next, so such an image's digest changes at
     * every build. {@code null} (the default) turns it off.
     */
    public Builder classDataSharing(Path newClassList) {
      classList = newClassList;
      return this;
    }

    /**
     * The build's configuration.
     *
     * @throws ImageBuildException when no base is given and the components declare different ones
     */
    public ComponentImage build() {
      return new ComponentImage(this);
    }
  }

  /** The image's name: the target's reference, or {@link #name} for a tar. */
  public String imageName() {
    if (target instanceof ImageLocation.Registry r) {
      return r.reference();
    }
    return target instanceof ImageLocation.Daemon d ? d.reference() : name;
  }

  /**
   * Builds the image, then pins the component specs.
   *
   * @throws ImageBuildException with the fix, when an input is missing or the build fails
   */
  public BuiltImage build() {
    long start = System.nanoTime();
    BuildProgress events = new BuildProgress(progress);
    ImageReference imageName = RegistryAccess.reference(imageName(), "image name");
    JibContainer container;
    if (classList == null) {
      container = containerize(container(AppLayers.of(classpath), false, events), to(imageName, events), events,
          announcement());
    } else {
      container = buildWithClassData(to(imageName, events), events);
    }
    String digest = container.getDigest().toString();
    String imageId = container.getImageId().toString();
    String pinned = target instanceof ImageLocation.Daemon ? imageId : repository(imageName()) + "@" + digest;
    List<Path> specs = ComponentPinning.specs(classpath.folders());
    List<Path> written = ComponentPinning.pin(specs, pinned, componentsOut, pinInPlace, classList != null);
    return new BuiltImage(target, imageName(), digest, imageId, pinned, written, classpath.leftOut(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The image with its class data archive: first without it, to the Docker daemon under a temporary name, where a
   * container of it makes the archive; then with it, to the target.
   */
  private JibContainer buildWithClassData(Containerizer to, BuildProgress events) {
    if (!Files.isRegularFile(classList)) {
      throw new ImageBuildException(io.kfp4j.runtime.Kfp4jException.Kind.NOT_FOUND, "the class list " + classList
          + " does not exist", "run the pipeline with the subprocess runner first, which records it in"
          + " .kfp4j/cds/<key>/classes.classlist", io.kfp4j.runtime.Kfp4jException.facts(
          io.kfp4j.runtime.Kfp4jException.Fact.FILE, classList.toString()), null);
    }
    if (!ClassArchiveDump.daemonAnswers(DOCKER)) {
      throw new ImageBuildException("class data sharing needs the Docker daemon, to make the archive with the"
          + " image's own JVM; start it, or build without a class list");
    }
    Path work;
    try {
      work = Files.createTempDirectory("kfp4j-cds-build");
    } catch (IOException e) {
      throw new ImageBuildException("cannot create a temporary folder: " + e.getMessage(), e);
    }
    String training = "kfp4j-cds-build/" + java.util.UUID.randomUUID() + ":latest";
    try {
      List<FileEntriesLayer> layers = AppLayers.forClassDataSharing(classpath, work);
      ImageReference trainingName = RegistryAccess.reference(training, "image name");
      containerize(container(layers, false, events), Containerizer.to(DockerDaemonImage.named(trainingName)), events,
          "building " + training + " on the Docker daemon, to make the class data archive with the image's JVM");
      Path archive = ClassArchiveDump.dump(DOCKER, training, classList, work);
      List<FileEntriesLayer> withArchive = new ArrayList<>(layers);
      withArchive.add(FileEntriesLayer.builder().setName("class data").addEntry(archive,
          AbsoluteUnixPath.get(LauncherCommand.IMAGE_ARCHIVE)).build());
      return containerize(container(withArchive, true, events), to, events, announcement());
    } finally {
      ClassArchiveDump.remove(DOCKER, training);
      deleteQuietly(work);
    }
  }

  /** The image's plan: the base, the layers, the launcher as entrypoint (from the archive when it has one). */
  private JibContainerBuilder container(List<FileEntriesLayer> layers, boolean archive, BuildProgress events) {
    JibContainerBuilder builder = from(events);
    layers.forEach(builder::addFileEntriesLayer);
    List<String> entrypoint = new ArrayList<>(LauncherCommand.jvm(LauncherCommand.IMAGE_CLASSPATH,
        archive ? List.of(LauncherCommand.ARCHIVE_OPTION) : List.of()));
    entrypoint.add(LauncherCommand.MAIN_CLASS);
    return builder.setEntrypoint(entrypoint)
        .setProgramArguments((List<String>) null)
        .setWorkingDirectory(AbsoluteUnixPath.get(WORKING_DIR))
        .setCreationTime(creationTime)
        .setFormat(ImageFormat.Docker);
  }

  private JibContainer containerize(JibContainerBuilder builder, Containerizer containerizer, BuildProgress events,
      String announcement) {
    containerizer.setBaseImageLayersCache(cache.resolve("base"))
        .setApplicationLayersCache(cache.resolve("application"))
        .setAllowInsecureRegistries(insecure)
        .setToolName("kfp4j")
        .addEventHandler(ProgressEvent.class, events::onProgress)
        .addEventHandler(LogEvent.class, events::onLog);
    events.emit(announcement);
    try {
      return builder.containerize(containerizer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageBuildException("the image build was interrupted", e);
    } catch (RegistryException | IOException | CacheDirectoryCreationException | ExecutionException e) {
      throw JibFailures.explain(e, base, target);
    }
  }

  private String announcement() {
    return "building " + imageName() + " from " + base + (target instanceof ImageLocation.Registry
        ? " and pushing it" : " to " + target);
  }

  private static void deleteQuietly(Path folder) {
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind
    }
  }

  /** The reference without its tag or digest, as the user spelled it. */
  static String repository(String reference) {
    String text = reference;
    int at = text.indexOf('@');
    if (at >= 0) {
      text = text.substring(0, at);
    }
    int colon = text.lastIndexOf(':');
    return colon > text.lastIndexOf('/') ? text.substring(0, colon) : text;
  }

  private JibContainerBuilder from(BuildProgress events) {
    if (base instanceof ImageLocation.Tar t) {
      if (!Files.isRegularFile(t.path())) {
        throw JibFailures.baseFailure("the base image tar " + t.path() + " does not exist", "write one with docker"
            + " save IMAGE -o " + t.path() + ", or give a base from a registry (REF) or the daemon (docker://REF)",
            null);
      }
      return Jib.from(TarImage.at(t.path().toAbsolutePath()));
    }
    if (base instanceof ImageLocation.Daemon d) {
      return Jib.from(DockerDaemonImage.named(RegistryAccess.reference(d.reference(), "base image")));
    }
    ImageReference reference = RegistryAccess.reference(((ImageLocation.Registry) base).reference(), "base image");
    RegistryAccess.check(reference, "base image", insecure);
    return Jib.from(RegistryAccess.image(reference, login, events::onLog));
  }

  private Containerizer to(ImageReference imageName, BuildProgress events) {
    if (target instanceof ImageLocation.Tar t) {
      Path file = t.path().toAbsolutePath();
      checkWritable(file);
      return Containerizer.to(TarImage.at(file).named(imageName));
    }
    if (target instanceof ImageLocation.Daemon) {
      return Containerizer.to(DockerDaemonImage.named(imageName));
    }
    RegistryAccess.check(imageName, "target", insecure);
    return Containerizer.to(RegistryAccess.image(imageName, login, events::onLog));
  }

  private static void checkWritable(Path file) {
    Path parent = file.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new ImageBuildException("cannot write the image tar " + file + ": cannot create the folder " + parent
          + " (" + e.getMessage() + "); choose a writable place", e);
    }
    if (Files.isDirectory(file)) {
      throw new ImageBuildException("cannot write the image tar " + file + ": it is a folder; give a file name");
    }
    if (!Files.isWritable(parent) || (Files.exists(file) && !Files.isWritable(file))) {
      throw new ImageBuildException("cannot write the image tar " + file + ": permission denied; choose a"
          + " writable place");
    }
  }
}

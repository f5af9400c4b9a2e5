package io.kfp4j.cli.images;

import io.kfp4j.cli.ExitCodes;
import io.kfp4j.cli.HelpOption;
import io.kfp4j.cli.Workspace;
import io.kfp4j.images.BuiltImage;
import io.kfp4j.images.ComponentImage;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.images.RegistryLogin;
import io.kfp4j.tooling.images.ImagePin;
import io.kfp4j.tooling.images.ProjectImage;
import io.kfp4j.tooling.project.ProjectRoot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kfp4j images build [--classpath CP] --to REF|docker://REF|tar://PATH [--base …] [--insecure]}. */
@Command(
    name = "build",
    description = {
      "Build one image holding a compiled project's classes, resources and runtime dependencies (with"
          + " kfp4j-launcher), in jib's layers under /app: dependencies, snapshot dependencies, resources, classes."
          + " The same inputs give the same digest; a code change rebuilds the small classes layer only.",
      "Prints the image reference pinned by digest, which the project's component specs"
          + " (META-INF/kfp4j/components/*.component.yaml) are written with (--components-out, --in-place).",
      "Locations: REF is a registry image (credentials from docker login, or --username/--password),"
          + " docker://REF the Docker daemon, tar://PATH a docker save tar.",
      "",
      "Examples (in a Maven project, after mvn compile):",
      "  kfp4j images build --base tar://jre17.tar \\",
      "      --to 127.0.0.1:5000/team/calc --insecure --components-out target/components",
      "Elsewhere, with the classes and jars given:",
      "  kfp4j images build --classpath 'build/classes:lib/*' --to docker://team/calc",
      ""
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.DOC_OK,
        "1:a classpath entry, the launcher or the base image is missing, a registry cannot be reached or refused"
            + " the credentials, or a file cannot be written",
        ExitCodes.DOC_USAGE, ExitCodes.DOC_INTERNAL})
public final class BuildCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Option(names = {"--classpath", "-cp"}, paramLabel = "CP",
      description = "The project's classes folder(s) and runtime dependency jars, separated by"
          + " '${sys:path.separator}'; DIR/* for every jar in DIR. kfp4j's sdk, images, cli and processor jars are"
          + " left out. Default, inside a Maven project: the module's target/classes and runtime dependencies"
          + " (Maven is asked once; the answer is cached in target/kfp4j/classpath.txt until a pom.xml changes).")
  String classpath;

  @Option(names = "--to", required = true, paramLabel = "REF|docker://REF|tar://PATH",
      description = "Where the image goes: a registry, the Docker daemon or a tar file.")
  String to;

  @Option(names = "--base", paramLabel = "REF|docker://REF|tar://PATH",
      description = "The base image, with java on its PATH. Default: the one the components declare with"
          + " @Component(baseImage = ...), else eclipse-temurin:17-jre.")
  String base;

  @Option(names = "--insecure", description = "Allow registries over plain HTTP (a registry on 127.0.0.1).")
  boolean insecure;

  @Option(names = "--name", paramLabel = "REF",
      description = "The image's name in a tar:// target. Default: ${DEFAULT-VALUE}.")
  String name = ComponentImage.DEFAULT_NAME;

  @Option(names = "--username", paramLabel = "USER", description = "Registry user (default: the Docker config).")
  String username;

  @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
      description = "Registry password or token; without a value it is asked for.")
  String password;

  @Option(names = "--cache", paramLabel = "DIR", description = "The layer cache folder. Default: ~/.cache/kfp4j/jib.")
  Path cache;

  @Option(names = "--components-out", paramLabel = "DIR",
      description = "Write the project's component specs, pinned to the image, into DIR.")
  Path componentsOut;

  @Option(names = "--in-place", description = "Rewrite the component specs in the classes folder, pinned.")
  boolean inPlace;

  @Option(names = "--class-list", paramLabel = "FILE",
      description = "Give the image a class data archive (AppCDS) of these classes, so that components' JVMs start"
          + " about as fast as a bare JVM: the classes a run loaded, as kfp4j run --runner subprocess records them"
          + " (cds/<key>/classes.classlist in the run store, .kfp4j at the project's root). The classes then go"
          + " into /app/libs/kfp4j.jar and the dependencies into /app/deps; the archive is made by the image's own"
          + " JVM, on the Docker daemon.")
  Path classList;

  @Option(names = {"-q", "--quiet"}, description = "Print only the image reference.")
  boolean quiet;

  @Override
  public Integer call() {
    if ((username == null) != (password == null)) {
      throw new ParameterException(spec.commandLine(), "--username and --password go together");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ComponentImage.Builder image = ComponentImage.builder(projectClasspath(err))
        .target(ImageLocation.parse(to))
        .name(name)
        .insecure(insecure)
        .login(username == null ? null : new RegistryLogin(username, password))
        .componentsOut(componentsOut)
        .pinInPlace(inPlace)
        .classDataSharing(classList)
        .progress(line -> {
          if (!quiet) {
            err.println(line);
            err.flush();
          }
        });
    if (base != null) {
      image.base(ImageLocation.parse(base));
    }
    if (cache != null) {
      image.cache(cache);
    }
    Optional<ProjectRoot> project = classpath == null ? Workspace.of(spec).project() : Optional.empty();
    BuiltImage built;
    if (inPlace && project.isPresent()) {
      // in a Maven project, the pin is recorded so that compiles apply it while the classes stay the image's
      Path pinFile = ImagePin.fileIn(project.get().module().resolve("target"));
      built = ProjectImage.build(image.build(), pinFile).image();
      if (!quiet) {
        err.println("kfp4j: pin recorded in " + pinFile + "; kfp4j compile, run and mvn kfp4j:compile apply it"
            + " while the classes stay the same");
      }
    } else {
      built = image.build().build();
    }
    if (!quiet) {
      err.println(summary(built));
    }
    if (built.target().toString().startsWith(ImageLocation.DOCKER_PREFIX) && (inPlace || componentsOut != null)) {
      err.println("kfp4j: warning: " + ImagePin.notPullable(built.pinned(), built.target().toString())
          + " (--to REGISTRY/REPO)");
    }
    err.flush();
    out.println(built.pinned());
    out.flush();
    return ExitCodes.OK;
  }

  /** The --classpath given, or the classpath of the Maven project around the working folder. */
  private ProjectClasspath projectClasspath(PrintWriter err) {
    Workspace workspace = Workspace.of(spec);
    if (classpath != null) {
      return ProjectClasspath.parse(classpath, workspace.workingDir());
    }
    ProjectRoot project = workspace.project().orElseThrow(() -> new ParameterException(spec.commandLine(),
        "Missing --classpath: " + workspace.workingDir() + " is not in a Maven project (there is no pom.xml here or"
            + " above); give the project's classes folder and runtime jars with --classpath"));
    return ProjectClasspath.of(workspace.mavenClasspath(line -> {
      err.println(line);
      err.flush();
    }).resolve(project));
  }

  private static String summary(BuiltImage built) {
    String specs = built.components().isEmpty() ? "no component specs written"
        : built.components().size() + " component spec file(s) written";
    return String.format(Locale.ROOT, "built %s (digest %s, image id %s) in %.1f s; %s%s", built.name(),
        built.digest(), built.imageId(), built.elapsed().toMillis() / 1000.0, specs,
        built.leftOut().isEmpty() ? "" : "; left out " + built.leftOut().size() + " kfp4j build-time jar(s)");
  }
}

package io.kfp4j.images.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.kfp4j.images.BuiltImage;
import io.kfp4j.images.ComponentImage;
import io.kfp4j.images.ImageLocation;
import io.kfp4j.images.ProjectClasspath;
import io.kfp4j.runtime.internal.entry.LauncherCommand;
import io.kfp4j.sdk.ir.PipelineGraph;
import io.kfp4j.sdk.local.LocalRunner;
import io.kfp4j.sdk.local.RunResult;
import io.kfp4j.sdk.local.RunStatus;
import io.kfp4j.sdk.local.RunnerKind;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image of the seed's addition pipeline ({@code com.example.calc}, in the test sources), end to end: built with
 * jib from a JRE base made here (see {@link JreBaseImage}), pushed to Debian's docker-registry on 127.0.0.1, pulled by
 * the daemon by digest, and the addition pipeline run by the local engine's Docker runner in it, with the component
 * specs pinned to that digest. Needs the Docker daemon, docker-registry, busybox-static and a JDK (.ci/run provides
 * them); fails, not skips, without them.
 */
class ImageEndToEndTest {
  @TempDir
  Path work;

  @Test
  void additionPipelineRunsInTheBuiltImage() throws Exception {
    JreBaseImage.ensure(work);
    Path classes = copyOfOwnClasses();
    List<Path> entries = new ArrayList<>(List.of(classes));
    entries.addAll(runtimeDependencies());
    try (LocalRegistry registry = LocalRegistry.start(Files.createDirectories(work.resolve("registry")))) {
      List<String> progress = new ArrayList<>();
      BuiltImage built = ComponentImage.of(ProjectClasspath.of(entries))
          .withBase(new ImageLocation.Daemon(JreBaseImage.NAME))
          .withTarget(new ImageLocation.Registry(registry.host() + "/kfp4j-images-test/calc:latest"))
          .withInsecure(true)
          .withCache(work.resolve("cache"))
          .withPinInPlace(true)
          .withProgress(progress::add)
          .build();
      assertEquals(registry.host() + "/kfp4j-images-test/calc@" + built.digest(), built.pinned());
      assertTrue(Files.readString(classes.resolve("META-INF/kfp4j/components/add.component.yaml"))
          .contains("image: " + built.pinned()), "pinned in place");
      JreBaseImage.expectOk(List.of("docker", "pull", "-q", built.pinned()), 120);

      RunResult run = LocalRunner.create().withRoot(work.resolve("runs")).withRunner(RunnerKind.DOCKER)
          .run(additionPipeline(classes), Map.of("a", 7.0, "b", 8.0));
      assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
      assertEquals("11.0", run.output("add", "Output"), describe(run));
      assertEquals("19.0", run.output("add-2", "Output"), describe(run));
      JreBaseImage.run(List.of("docker", "rmi", built.pinned()), 60); // each run's registry has its own port
    }
  }

  /**
   * With a class data archive made from the classes a local subprocess run of the pipeline recorded: the pinned
   * specs start the launcher from it, the pipeline runs in the image, and the image's JVM accepts the archive and
   * loads the launcher from it.
   */
  @Test
  void additionPipelineRunsInAnImageWithAClassDataArchive() throws Exception {
    JreBaseImage.ensure(work);
    RunResult local = LocalRunner.create().withRoot(work.resolve("local")).withRunner(RunnerKind.SUBPROCESS)
        .run(com.example.calc.AdditionPipeline.spec(), Map.of("a", 7.0, "b", 8.0));
    assertEquals(RunStatus.SUCCEEDED, local.record().status(), describe(local));
    Path classList;
    try (Stream<Path> lists = Files.walk(work.resolve("local/cds"))) {
      classList = lists.filter(p -> p.getFileName().toString().equals("classes.classlist")).findFirst()
          .orElseGet(() -> fail("the subprocess run recorded no class list under " + work.resolve("local/cds")));
    }
    Path classes = copyOfOwnClasses();
    List<Path> entries = new ArrayList<>(List.of(classes));
    entries.addAll(runtimeDependencies());
    try (LocalRegistry registry = LocalRegistry.start(Files.createDirectories(work.resolve("registry")))) {
      BuiltImage built = ComponentImage.of(ProjectClasspath.of(entries))
          .withBase(new ImageLocation.Daemon(JreBaseImage.NAME))
          .withTarget(new ImageLocation.Registry(registry.host() + "/kfp4j-images-test/calc-cds:latest"))
          .withInsecure(true)
          .withCache(work.resolve("cache"))
          .withPinInPlace(true)
          .withClassDataSharing(classList)
          .build();
      String spec = Files.readString(classes.resolve("META-INF/kfp4j/components/add.component.yaml"));
      assertTrue(spec.contains("image: " + built.pinned()), spec);
      assertTrue(spec.contains(LauncherCommand.ARCHIVE_OPTION), spec);
      JreBaseImage.expectOk(List.of("docker", "pull", "-q", built.pinned()), 120);

      RunResult run = LocalRunner.create().withRoot(work.resolve("runs")).withRunner(RunnerKind.DOCKER)
          .run(additionPipeline(classes), Map.of("a", 7.0, "b", 8.0));
      assertEquals(RunStatus.SUCCEEDED, run.record().status(), describe(run));
      assertEquals("19.0", run.output("add-2", "Output"), describe(run));

      List<String> command = new ArrayList<>(List.of("docker", "run", "--rm", "--network", "none", "--entrypoint",
          "java", built.pinned()));
      command.addAll(LauncherCommand.JVM_OPTIONS);
      command.addAll(List.of("-Xshare:on", LauncherCommand.ARCHIVE_OPTION, "-Xlog:class+load", "-cp",
          LauncherCommand.IMAGE_CLASSPATH, LauncherCommand.MAIN_CLASS, "com.example.calc.Calc#add", "--a", "1",
          "--b", "4", "--out-Output", "/tmp/out"));
      JreBaseImage.Result shared = JreBaseImage.run(command, 120);
      assertEquals(0, shared.code(), shared.out());
      assertTrue(shared.out().contains("io.kfp4j.launcher.Launcher source: shared objects file"), shared.out());
      JreBaseImage.run(List.of("docker", "rmi", built.pinned()), 60);
    }
  }

  private static String describe(RunResult run) {
    StringBuilder out = new StringBuilder(run.record().status() + " " + run.record().message());
    run.record().tasks().values().forEach(t -> out.append("\n  ").append(t.id()).append(": ").append(t.status())
        .append(" ").append(t.message()).append("\n    log: ").append(log(run, t.id())));
    return out.toString();
  }

  private static String log(RunResult run, String task) {
    try {
      return Files.readString(run.runDir().resolve("tasks").resolve(task).resolve("log.txt"));
    } catch (java.io.IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** This module's test classes, copied, so that pinning in place leaves them as the other tests want them. */
  private Path copyOfOwnClasses() throws Exception {
    Path source = Path.of(com.example.calc.Calc.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());
    Path copy = work.resolve("classes");
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path target = copy.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return copy;
  }

  /** The launcher, the runtime and what they need, from this test's own classpath. */
  private static List<Path> runtimeDependencies() {
    List<Path> found = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String e = entry.replace('\\', '/');
      if (e.matches(".*/(kfp4j-(launcher|runtime|annotations)-[^/]*\\.jar|(launcher|runtime|annotations)/target/"
          + "classes/?)$") || e.matches(".*/(jackson-(core|databind|annotations|dataformat-yaml)|snakeyaml)-[^/]*\\.jar$")) {
        found.add(Path.of(entry));
      }
    }
    if (found.stream().noneMatch(p -> p.toString().contains("launcher"))) {
      fail("no kfp4j-launcher on the test classpath: " + System.getProperty("java.class.path"));
    }
    return found;
  }

  /** The generated AdditionPipeline, loaded from the pinned copy of the classes (child first), so tasks use the image. */
  private static PipelineGraph additionPipeline(Path classes) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ImageEndToEndTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
          Class<?> c = findLoadedClass(name);
          if (c == null && name.startsWith("com.example.calc.")) {
            c = findClass(name);
          }
          return c != null ? c : super.loadClass(name, resolve);
        }
      }

      @Override
      public URL getResource(String name) {
        URL own = name.startsWith("META-INF/kfp4j/") ? findResource(name) : null;
        return own != null ? own : super.getResource(name);
      }
    }) {
      Class<?> pipeline = Class.forName("com.example.calc.AdditionPipeline", true, loader);
      return (PipelineGraph) pipeline.getMethod("spec").invoke(null);
    }
  }
}

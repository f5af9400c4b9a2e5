package io.kfp4j.images;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small inputs made on the spot: a base image tar (no registry, no daemon) and a project to put on it. */
final class TestProjects {
  static final String BASE_NAME = "kfp4j-test/base:1";
  /** Where the build put the test sources' classes, {@code com.example.calc.Calc} compiled with the processor. */
  private static final Path COMPILED = compiledClasses();
  /** What the processor wrote for {@code com.example.calc.Calc.add} (in the test sources), with its default image. */
  static final String ADD_YAML = read(COMPILED.resolve("META-INF/kfp4j/components/add.component.yaml"));
  /** {@code Calc} and what the processor generated for it: the task factory and the launcher's entries, sorted. */
  static final List<String> CALC_CLASSES = List.of("com/example/calc/Calc.class",
      "com/example/calc/CalcOps$AddOp.class", "com/example/calc/CalcOps$Entries.class",
      "com/example/calc/CalcOps.class");

  private TestProjects() {}

  /** A {@code docker save} tar of a one-layer image from scratch, with an env and a file, written by jib. */
  static Path baseTar(Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("base.txt"), "base layer\n");
    Path tar = dir.resolve("base.tar");
    Jib.fromScratch()
        .addFileEntriesLayer(FileEntriesLayer.builder().setName("base")
            .addEntry(file, AbsoluteUnixPath.get("/etc/base.txt")).build())
        .setEnvironment(Map.of("PATH", "/opt/java/bin:/bin", "BASE_VAR", "yes"))
        .containerize(Containerizer.to(TarImage.at(tar).named(BASE_NAME))
            .setBaseImageLayersCache(dir.resolve("base-cache/base"))
            .setApplicationLayersCache(dir.resolve("base-cache/app")));
    return tar;
  }

  /**
   * A project: {@code classes/} with the processor's classes of {@code Calc} ({@link #CALC_CLASSES}), a resource
   * and the component spec; {@code libs/} with a release
   * jar, a snapshot jar, the launcher and an sdk jar (to be left out).
   */
  static Path project(Path dir) throws IOException {
    Path classes = dir.resolve("classes");
    for (String name : CALC_CLASSES) {
      Files.createDirectories(classes.resolve(name).getParent());
      Files.copy(COMPILED.resolve(name), classes.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    write(classes.resolve("app.properties"), "x=1\n");
    write(classes.resolve("META-INF/kfp4j/components/add.component.yaml"), ADD_YAML);
    Path libs = Files.createDirectories(dir.resolve("libs"));
    jar(libs.resolve("jackson-core-2.22.3.jar"), "com/fasterxml/jackson/core/JsonParser.class");
    jar(libs.resolve("mylib-1.0-SNAPSHOT.jar"), "com/example/lib/Lib.class");
    jar(libs.resolve("kfp4j-launcher-0.1.0-SNAPSHOT.jar"), "io/kfp4j/launcher/Launcher.class");
    jar(libs.resolve("kfp4j-sdk-0.1.0-SNAPSHOT.jar"), "io/kfp4j/sdk/Pipelines.class");
    return dir;
  }

  /** The classpath of {@link #project}: {@code classes:libs/*}. */
  static ProjectClasspath classpath(Path project) {
    return ProjectClasspath.parse("classes:libs/*", project);
  }

  private static Path compiledClasses() {
    try {
      return Path.of(com.example.calc.Calc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("the test sources' build wrote no " + file, e);
    }
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void jar(Path file, String... entries) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : List.of(entries)) {
        ZipEntry e = new ZipEntry(entry);
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(entry.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
